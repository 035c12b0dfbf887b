package org.draftroom.voting;

/**
 * The outcome of one decision: how it was taken and, for a recorded vote, its tally.
 *
 * @param tally null when taken without a vote
 */
public record Decision(VotingMethod method, boolean adopted, Tally tally) {

    public static Decision withoutVote() {
        return new Decision(VotingMethod.WITHOUT_VOTE, true, null);
    }

    public static Decision byRecordedVote(Tally tally) {
        return new Decision(VotingMethod.RECORDED_VOTE, tally.adopted(), tally);
    }

    /** "adopted without a vote", "adopted by a recorded vote of 120 to 10, with 30 abstentions". */
    public String describe() {
        if (tally == null) {
            return adopted ? "adopted without a vote" : "rejected without a vote";
        }
        return (adopted ? "adopted" : "rejected") + " by a recorded vote of " + tally.yes() + " to " + tally.no()
                + ", with " + tally.abstain() + " abstention" + (tally.abstain() == 1 ? "" : "s");
    }
}
