package org.draftroom.document.compare;

import java.util.Objects;
import org.draftroom.document.model.Document;

/** One step in a text's history: the text as {@code source} left it. */
public record AttributionStep(ChangeSource source, Document after) {
    public AttributionStep {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(after, "after");
    }
}
