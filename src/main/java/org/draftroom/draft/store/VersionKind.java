package org.draftroom.draft.store;

/** How a version came to be. */
public enum VersionKind {
    /** The text as imported: a zero draft, or an adopted resolution kept for reference. */
    IMPORTED,
    /** The working text after accepted amendments during consultations. */
    WORKING,
    /** The text as tabled under its symbol (L.20). */
    TABLED,
    /** A revision under a new symbol (L.20/Rev.1). */
    REVISED,
    /** The text "as orally revised" at the time of action. */
    ORALLY_REVISED,
    /** The text "as amended" by amendments the Committee adopted. */
    AMENDED,
    /** The adopted resolution (A/RES/80/186). */
    ADOPTED
}
