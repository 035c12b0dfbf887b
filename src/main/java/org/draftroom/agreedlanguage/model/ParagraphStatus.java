package org.draftroom.agreedlanguage.model;

import java.util.List;

/**
 * The status the facilitator gave a paragraph.
 *
 * @param brackets   the disputed words, each as it reads in the paragraph (bracketed only)
 * @param markedText the paragraph's words when it was marked; the status holds only for them
 * @param markedOn   the version it was marked on
 * @param rowVersion moves with every change (the entity tag)
 */
public record ParagraphStatus(String paragraphId, NegotiationStatus status, List<String> brackets, String markedText,
                              int markedOn, String reason, String changedBy, long rowVersion) {
    public ParagraphStatus {
        brackets = List.copyOf(brackets);
    }

    /** A paragraph never marked: open, entity tag 0. */
    public static ParagraphStatus unmarked(String paragraphId, String text) {
        return new ParagraphStatus(paragraphId, NegotiationStatus.OPEN, List.of(), text, 0, null, null, 0);
    }
}
