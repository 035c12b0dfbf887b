package org.draftroom.document.compare;

/** A run of text that is kept, inserted or deleted; includes its leading whitespace. */
public record DiffSegment(DiffOp op, String text) {
}
