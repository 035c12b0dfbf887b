package org.draftroom.amendment.model;

/**
 * One operation as a delegation writes it, before the rules check it against a version: paragraphs
 * are named by label ("OP5", "PP9(c)") or id, words by exact quotation.
 *
 * @param type          REPLACE_WORDS, INSERT_WORDS, DELETE_WORDS, REPLACE_PARAGRAPH, DELETE_PARAGRAPH,
 *                      INSERT_PARAGRAPH, MOVE_PARAGRAPH
 * @param paragraph     the paragraph concerned; for INSERT_PARAGRAPH the one the new paragraph goes next to
 * @param quote         the exact words replaced or deleted
 * @param occurrence    which occurrence of the quote (1-based) when it appears more than once
 * @param text          the new words or paragraph text
 * @param before        INSERT_WORDS: insert before these words
 * @param after         INSERT_WORDS: insert after these words
 * @param openingPhrase a new paragraph's (or a replaced paragraph's) opening phrase
 * @param position      INSERT_PARAGRAPH / MOVE_PARAGRAPH: BEFORE or AFTER (default AFTER)
 * @param anchor        MOVE_PARAGRAPH: the paragraph to move next to
 * @param kind          INSERT_PARAGRAPH: PREAMBULAR or OPERATIVE (default: the anchor's)
 */
public record ProposedOperation(String type, String paragraph, String quote, Integer occurrence, String text,
                                String before, String after, String openingPhrase, String position, String anchor,
                                String kind) {
}
