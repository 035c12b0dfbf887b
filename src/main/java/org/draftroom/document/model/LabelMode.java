package org.draftroom.document.model;

/** How {@link Labeller} numbers paragraphs. */
public enum LabelMode {
    /** Number every paragraph by its position: PP1, PP2, ..., OP1, OP1(a), ... */
    CLEAN,
    /**
     * As negotiators do while a text is open: paragraphs inserted since the last renumbering are labelled
     * after the paragraph before them ("OP4 bis", "OP4 ter", "OP4(b bis)") and the others keep their numbers.
     */
    NEGOTIATION
}
