package org.draftroom.amendment.model;

/**
 * Where an amendment stands. PENDING awaits review or vote; SUPERSEDED lost to a competing
 * amendment that was accepted and can no longer be re-anchored; MOOT was made moot by a
 * contradicting amendment adopted in a vote.
 */
public enum AmendmentStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN, SUPERSEDED, ADOPTED, MOOT,
    /** An informal proposal still pending when the draft was tabled: consultations ended without it. */
    LAPSED;

    public boolean isOpen() {
        return this == PENDING;
    }
}
