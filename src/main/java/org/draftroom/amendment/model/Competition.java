package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When two pending amendments compete: their operations touch overlapping words, or the same
 * paragraph in incompatible ways (one deletes OP7, another edits it). An amendment and its own
 * sub-amendment do not compete: the sub-amendment is voted first and then replaces it.
 */
public final class Competition {
    private Competition() {
    }

    /** The paragraphs on which {@code a} and {@code b} compete in {@code document}; empty if they don't. */
    public static Set<ParagraphId> between(Document document, Amendment a, Amendment b) {
        if (related(a, b)) {
            return Set.of();
        }
        return between(footprints(document, a.operations()), footprints(document, b.operations()));
    }

    /** As {@link #between(Document, Amendment, Amendment)}, with footprints already computed in the same document. */
    public static Set<ParagraphId> between(Amendment a, List<Footprint> footprintsOfA, Amendment b, List<Footprint> footprintsOfB) {
        return related(a, b) ? Set.of() : between(footprintsOfA, footprintsOfB);
    }

    public static Set<ParagraphId> between(List<Footprint> a, List<Footprint> b) {
        Set<ParagraphId> out = new LinkedHashSet<>();
        for (Footprint x : a) {
            for (Footprint y : b) {
                if (x.competesWith(y)) {
                    out.add(x.paragraph());
                }
            }
        }
        return out;
    }

    public static List<Footprint> footprints(Document document, List<Operation> operations) {
        List<Footprint> out = new ArrayList<>();
        for (Operation op : operations) {
            out.addAll(Footprint.of(document, op));
        }
        return out;
    }

    /** The ids of every paragraph an amendment touches in {@code document}: what to lock and index. */
    public static List<String> paragraphIds(Document document, List<Operation> operations) {
        return paragraphIds(footprints(document, operations));
    }

    /** The ids of the paragraphs these footprints fall on, each once, sorted. */
    public static List<String> paragraphIds(List<Footprint> footprints) {
        return footprints.stream().map(f -> f.paragraph().value()).distinct().sorted().toList();
    }

    private static boolean related(Amendment a, Amendment b) {
        return (a.parentNumber() != null && a.parentNumber() == b.number())
                || (b.parentNumber() != null && b.parentNumber() == a.number());
    }
}
