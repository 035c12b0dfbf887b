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

    /** For the record: the tally and the codes of the States in favour, against and abstaining. */
    public java.util.Map<String, Object> forRecord(Tally tally) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("yes", tally.yes());
        out.put("no", tally.no());
        out.put("abstain", tally.abstain());
        out.put("inFavour", codes(Ballot.YES));
        out.put("against", codes(Ballot.NO));
        out.put("abstaining", codes(Ballot.ABSTAIN));
        return out;
    }

    private java.util.List<String> codes(Ballot which) {
        return ballots.entrySet().stream().filter(e -> e.getValue() == which).map(Map.Entry::getKey).toList();
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
