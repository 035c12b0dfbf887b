package org.draftroom.document.model;

import java.util.List;
import java.util.Objects;

/** A numbered footnote of the document, with its own inline emphasis (e.g. "*Treaty Series*"). */
public record Footnote(int number, String text, List<Emphasis> emphasis) {

    public Footnote {
        Objects.requireNonNull(text, "text");
        emphasis = List.copyOf(emphasis);
        if (number < 1) {
            throw new IllegalArgumentException("footnote number must be >= 1");
        }
    }

    public static Footnote plain(int number, String text) {
        return new Footnote(number, text, List.of());
    }
}
