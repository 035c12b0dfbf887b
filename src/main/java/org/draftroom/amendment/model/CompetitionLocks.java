package org.draftroom.amendment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a proposal locks while it looks for its competitors and is stored, so that two proposals
 * that may compete take turns (the second then sees the first) while the others go side by side.
 * Changing words locks the paragraph shared and each stretch of {@value #STRETCH} characters its
 * words touch exclusively: two changes of words can compete only if their ranges meet, and ranges
 * that meet share a stretch. Inserting a paragraph next to one locks it shared (it competes only
 * with the paragraph's removal). Rewriting, removing or moving a paragraph locks it exclusively.
 */
public final class CompetitionLocks {
    /** Characters of a paragraph's full text per stretch. */
    public static final int STRETCH = 64;

    private CompetitionLocks() {
    }

    /** One lock: a name unique within the draft, and whether it is shared. */
    public record Lock(String name, boolean shared) {
    }

    /** The locks for a proposal with these footprints, each name once, in name order. */
    public static List<Lock> of(List<Footprint> footprints) {
        Map<String, Boolean> paragraphs = new TreeMap<>();
        Map<String, TreeSet<Integer>> stretches = new TreeMap<>();
        for (Footprint f : footprints) {
            String paragraph = f.paragraph().value();
            boolean shared = f.effect() == Footprint.Effect.WORDS || f.effect() == Footprint.Effect.ANCHOR;
            paragraphs.merge(paragraph, shared, Boolean::logicalAnd);
            if (f.effect() == Footprint.Effect.WORDS) {
                TreeSet<Integer> touched = stretches.computeIfAbsent(paragraph, p -> new TreeSet<>());
                for (int s = f.start() / STRETCH; s <= f.end() / STRETCH; s++) {
                    touched.add(s);
                }
            }
        }
        List<Lock> out = new ArrayList<>();
        paragraphs.forEach((paragraph, shared) -> {
            out.add(new Lock("paragraph " + paragraph, shared));
            if (shared) {
                stretches.getOrDefault(paragraph, new TreeSet<>()).forEach(s -> out.add(new Lock("words " + paragraph + " " + s, false)));
            }
        });
        return List.copyOf(out);
    }
}
