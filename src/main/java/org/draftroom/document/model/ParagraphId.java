package org.draftroom.document.model;

import java.util.Objects;
import java.util.UUID;

/** Immutable identity of a paragraph, assigned once at import and never changed by edits or renumbering. */
public record ParagraphId(String value) {

    public ParagraphId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("paragraph id must not be blank");
        }
    }

    public static ParagraphId of(String value) {
        return new ParagraphId(value);
    }

    public static ParagraphId random() {
        return new ParagraphId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
