package org.draftroom.voting;

/** One Member State's vote in a recorded vote. */
public enum Ballot {
    YES, NO, ABSTAIN, ABSENT
}
