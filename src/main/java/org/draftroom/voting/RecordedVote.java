package org.draftroom.voting;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A recorded vote: each Member State's ballot, by alpha-3 code. States not listed count as
 * absent. Plain Java: the rules of counting live here, not in the database.
 */
public record RecordedVote(Map<String, Ballot> ballots) {
    public RecordedVote {
        Objects.requireNonNull(ballots, "ballots");
        ballots = Collections.unmodifiableMap(new TreeMap<>(ballots));
    }

    /** Counts the ballots; {@code membership} is how many States could vote (absent ones included). */
    public Tally tally(int membership) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (Ballot ballot : ballots.values()) {
            switch (ballot) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
                case ABSENT -> { }
            }
        }
        return new Tally(yes, no, abstain, membership - yes - no - abstain);
    }
}
