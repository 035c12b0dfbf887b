package org.draftroom.shared;

/** What a signed-in user is in the negotiation. */
public enum Role {
    /** Acts for exactly one Member State. */
    DELEGATE,
    /** Runs informal consultations on the drafts assigned to it. */
    FACILITATOR,
    /** Issues symbols, records decisions and votes, reviews the audit trail. */
    SECRETARIAT,
    /** Manages accounts. */
    ADMIN
}
