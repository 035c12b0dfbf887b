package org.draftroom.amendment.model;

/**
 * What one operation of an amendment does to one paragraph, with how far it is "removed in
 * substance" from the original (rule 130): deleting a paragraph is furthest, then rewriting it,
 * then inserting or moving one, then changing words.
 */
public enum OperationType {
    REPLACE_WORDS(1), INSERT_WORDS(1), DELETE_WORDS(1),
    REPLACE_PARAGRAPH(3), DELETE_PARAGRAPH(4), INSERT_PARAGRAPH(2), MOVE_PARAGRAPH(2);

    private final int distance;

    OperationType(int distance) {
        this.distance = distance;
    }

    /** Higher is further removed in substance from the original text. */
    public int distance() {
        return distance;
    }

    /** True for operations that target quoted words inside a paragraph. */
    public boolean onWords() {
        return this == REPLACE_WORDS || this == INSERT_WORDS || this == DELETE_WORDS;
    }
}
