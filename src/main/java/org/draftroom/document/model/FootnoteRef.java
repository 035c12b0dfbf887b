package org.draftroom.document.model;

/**
 * A footnote marker inside a paragraph's text. {@code offset} is the character position in
 * {@link Paragraph#text()} the marker follows (the marker stands between offset-1 and offset).
 */
public record FootnoteRef(int offset, int number) {

    public FootnoteRef {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (number < 1) {
            throw new IllegalArgumentException("footnote number must be >= 1");
        }
    }

    public FootnoteRef shifted(int delta) {
        return new FootnoteRef(offset + delta, number);
    }
}
