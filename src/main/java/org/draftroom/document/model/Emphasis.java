package org.draftroom.document.model;

import java.util.Objects;

/** An emphasised span [start, end) of a text, e.g. a title in italics or "inter alia". */
public record Emphasis(int start, int end, EmphasisStyle style) {

    public Emphasis {
        Objects.requireNonNull(style, "style");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Emphasis italic(int start, int end) {
        return new Emphasis(start, end, EmphasisStyle.ITALIC);
    }

    public int length() {
        return end - start;
    }

    public Emphasis shifted(int delta) {
        return new Emphasis(start + delta, end + delta, style);
    }
}
