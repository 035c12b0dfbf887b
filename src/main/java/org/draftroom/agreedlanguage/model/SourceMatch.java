package org.draftroom.agreedlanguage.model;

import org.draftroom.document.compare.DiffSegment;

import java.util.List;

/**
 * An adopted paragraph that a paragraph takes its words from.
 *
 * @param similarity share of words in common (1 for the same words)
 * @param difference word-level changes from the adopted words to the paragraph's; empty when verbatim
 */
public record SourceMatch(SourceParagraph source, double similarity, List<DiffSegment> difference) {
    public SourceMatch {
        difference = List.copyOf(difference);
    }
}
