package org.draftroom.amendment.model;

import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;

import java.util.Objects;

/**
 * One admitted operation: paragraphs by id (stable across versions), words by exact quote and
 * occurrence in the version the amendment is anchored to — never by offsets alone.
 *
 * @param paragraph    the target; for INSERT_PARAGRAPH the paragraph the new one goes next to
 * @param quote        word operations: the quoted words (INSERT_WORDS: the words it goes before/after)
 * @param occurrence   word operations: which occurrence of the quote, 1-based
 * @param position     INSERT_WORDS, INSERT_PARAGRAPH, MOVE_PARAGRAPH
 * @param text         new words or paragraph text
 * @param anchor       MOVE_PARAGRAPH: the paragraph to move next to
 * @param newParagraph INSERT_PARAGRAPH: the id the inserted paragraph will have
 * @param label        the target's label when the amendment was proposed, for display
 */
public record Operation(OperationType type, ParagraphId paragraph, String quote, int occurrence, Position position,
                        String text, String openingPhrase, ParagraphKind kind, ParagraphId anchor,
                        ParagraphId newParagraph, String label) {
    public Operation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(paragraph, "paragraph");
    }

    /** The same operation anchored with another label (labels move as paragraphs are inserted). */
    public Operation withLabel(String newLabel) {
        return new Operation(type, paragraph, quote, occurrence, position, text, openingPhrase, kind, anchor, newParagraph, newLabel);
    }
}
