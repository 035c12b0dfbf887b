package org.draftroom.voting;

import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one reading of the ballots the secretariat reports for a recorded vote, whatever the
 * question (a draft, an amendment, a division, a motion): each voting State's alpha-3 code with
 * YES, NO, ABSTAIN or ABSENT; States not listed are absent. One set of problem types:
 * {@code ballots-missing}, {@code not-a-voter}, {@code unknown-ballot}.
 */
public final class BallotSheet {
    private BallotSheet() {
    }

    /**
     * @param ballots by alpha-3 code (any case, spaces trimmed)
     * @param voters  the codes of the States that may vote (Member States, not observers)
     */
    public static RecordedVote read(Map<String, String> ballots, Set<String> voters) {
        if (ballots == null || ballots.isEmpty()) {
            throw Refusal.unprocessable("ballots-missing",
                    "A recorded vote lists the ballots of the States, such as {\"FRA\": \"YES\"}");
        }
        Map<String, Ballot> parsed = new LinkedHashMap<>();
        ballots.forEach((code, ballot) -> {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!voters.contains(c)) {
                throw Refusal.unprocessable("not-a-voter", "'" + c + "' is not a Member State that can vote").with("memberState", c);
            }
            try {
                parsed.put(c, Ballot.valueOf(ballot == null ? "" : ballot.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw Refusal.unprocessable("unknown-ballot", "The ballot of " + c + " is YES, NO, ABSTAIN or ABSENT, not '"
                        + ballot + "'").with("memberState", c);
            }
        });
        return new RecordedVote(parsed);
    }
}
