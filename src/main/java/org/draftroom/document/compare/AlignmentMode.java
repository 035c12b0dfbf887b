package org.draftroom.document.compare;

public enum AlignmentMode {
    /** versions of one document: paragraphs are paired by {@link org.draftroom.document.model.ParagraphId} */
    IDENTITY,
    /** two different documents: paragraphs are paired by content similarity */
    CONTENT
}
