package org.draftroom.voting;

/** How a decision was taken. */
public enum VotingMethod {
    /** Adopted without a vote (by consensus). */
    WITHOUT_VOTE,
    /** A recorded vote: every State's Yes, No, Abstain or absence is recorded (rules 127–128). */
    RECORDED_VOTE
}
