package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;
import org.draftroom.voting.BallotSheet;
import org.draftroom.voting.Decision;
import org.draftroom.voting.RecordedVote;
import org.draftroom.voting.VotingMethod;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the secretariat reports of a decision into a {@link Decision}: without a vote, by
 * recorded vote (adopted when Yes exceeds No, rule 126; States not listed are absent), or rejected.
 */
public final class VoteTaking {
    private VoteTaking() {
    }

    /** How a decision was taken, as the API names it. */
    public enum Method { WITHOUT_VOTE, RECORDED_VOTE, NO_ACTION_MOTION, REJECTED }

    /** The decision and, for a recorded vote, every State's ballot. */
    public record Taken(Decision decision, RecordedVote vote) {
        /** For the audit trail: "adopted without a vote", or "adopted"/"rejected" with the votes beside it. */
        public String outcome() {
            if (decision.tally() != null) {
                return decision.adopted() ? "adopted" : "rejected";
            }
            return decision.adopted() ? "adopted without a vote" : "rejected without a vote";
        }

        public Map<String, Object> votes() {
            if (decision.tally() == null) {
                return Map.of();
            }
            return vote == null ? Map.of("yes", decision.tally().yes(), "no", decision.tally().no(), "abstain", decision.tally().abstain())
                    : vote.forRecord(decision.tally());
        }
    }

    public static Method method(String printed, Set<Method> allowed) {
        try {
            Method m = Method.valueOf(printed == null ? "" : printed.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (allowed.contains(m)) {
                return m;
            }
        } catch (IllegalArgumentException ignored) {
            // refused below
        }
        throw Refusal.unprocessable("unknown-decision", "decision must be one of " + allowed + ", not '" + printed + "'")
                .with("allowedDecisions", allowed.stream().map(Enum::name).sorted().toList());
    }

    /**
     * @param ballots  by alpha-3 code: YES, NO, ABSTAIN or ABSENT; required for a recorded vote, optional
     *                 for a no-action motion (without ballots it was adopted without a vote)
     * @param voters   the codes of the States that may vote (Member States)
     */
    public static Taken take(Method method, Map<String, String> ballots, Set<String> voters) {
        boolean hasBallots = ballots != null && !ballots.isEmpty();
        return switch (method) {
            case WITHOUT_VOTE -> new Taken(Decision.withoutVote(), null);
            case REJECTED -> new Taken(new Decision(VotingMethod.WITHOUT_VOTE, false, null), null);
            case RECORDED_VOTE -> recorded(ballots, voters);
            case NO_ACTION_MOTION -> hasBallots ? recorded(ballots, voters) : new Taken(Decision.withoutVote(), null);
        };
    }

    private static Taken recorded(Map<String, String> ballots, Set<String> voters) {
        RecordedVote vote = BallotSheet.read(ballots, voters);
        return new Taken(Decision.byRecordedVote(vote.tally(voters.size())), vote);
    }
}
