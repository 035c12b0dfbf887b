package org.draftroom.voting;

/** The counts of a recorded vote. */
public record Tally(int yes, int no, int abstain, int absent) {

    /**
     * Rule 126: decisions are taken by a majority of the members present and voting;
     * abstainers are not "present and voting", so a proposal is adopted when Yes exceeds No.
     * A tie rejects it.
     */
    public boolean adopted() {
        return yes > no;
    }

    /** As UN records print it: "89-56-12" (in favour, against, abstentions). */
    public String printed() {
        return yes + "-" + no + "-" + abstain;
    }
}
