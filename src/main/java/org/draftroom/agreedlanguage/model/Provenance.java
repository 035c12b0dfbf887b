package org.draftroom.agreedlanguage.model;

import java.util.List;

/**
 * The provenance of one paragraph: verbatim with the adopted paragraphs it repeats (the most recent
 * first), modified with the closest few, or new without any.
 */
public record Provenance(Origin origin, List<SourceMatch> sources) {
    public Provenance {
        sources = List.copyOf(sources);
    }

    public static Provenance fresh() {
        return new Provenance(Origin.NEW, List.of());
    }

    /** "76/186 PP3", or null for a new paragraph. */
    public String closest() {
        return sources.isEmpty() ? null : sources.get(0).source().cite();
    }
}
