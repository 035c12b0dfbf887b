package org.draftroom.document.parse;

import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;

/** A paragraph being assembled from one or more blocks, still with {@link InlineMarkup}. */
final class PendingParagraph {

    private final ParagraphId id;
    private final ParagraphKind kind;
    private final int depth;
    private final StringBuilder marked;

    PendingParagraph(ParagraphId id, ParagraphKind kind, int depth, String firstBlock) {
        this.id = id;
        this.kind = kind;
        this.depth = depth;
        this.marked = new StringBuilder(firstBlock);
    }

    void append(String block) {
        if (!marked.isEmpty()) {
            marked.append(' ');
        }
        marked.append(block);
    }

    ParagraphId id() {
        return id;
    }

    ParagraphKind kind() {
        return kind;
    }

    int depth() {
        return depth;
    }

    String marked() {
        return marked.toString();
    }
}
