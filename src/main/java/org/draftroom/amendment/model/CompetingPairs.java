package org.draftroom.amendment.model;

import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which pending amendments compete with which, found from their footprints in one text. Two
 * amendments compete on a paragraph when a footprint of one competes with a footprint of the other
 * there ({@link Footprint#competesWith}); an amendment does not compete with itself, nor a
 * sub-amendment with the amendment it amends. Word changes are compared with the words near them
 * only (sorted by where they start), so a paragraph with many scattered edits costs little more
 * than its overlaps.
 */
public final class CompetingPairs {

    /** A footprint of pending amendment {@code number} (a sub-amendment of {@code parentNumber} when not null). */
    public record Entry(int number, Integer parentNumber, Footprint footprint) {
    }

    /** Two competing amendments, {@code first < second}, on one paragraph. */
    public record Pair(ParagraphId paragraph, int first, int second) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparing((Pair p) -> p.paragraph().value())
            .thenComparingInt(Pair::first).thenComparingInt(Pair::second);

    private CompetingPairs() {
    }

    /** Every competing pair among {@code entries}, each once, by paragraph id, then numbers. */
    public static List<Pair> among(List<Entry> entries) {
        Map<ParagraphId, List<Entry>> byParagraph = new LinkedHashMap<>();
        for (Entry e : entries) {
            byParagraph.computeIfAbsent(e.footprint().paragraph(), k -> new ArrayList<>()).add(e);
        }
        TreeSet<Pair> pairs = new TreeSet<>(ORDER);
        byParagraph.forEach((paragraph, onIt) -> onOneParagraph(onIt, pairs));
        return List.copyOf(pairs);
    }

    /** For each amendment in {@code pairs}, the numbers of those it competes with, in order. */
    public static Map<Integer, SortedSet<Integer>> competitorsOf(List<Pair> pairs) {
        Map<Integer, SortedSet<Integer>> out = new HashMap<>();
        for (Pair p : pairs) {
            out.computeIfAbsent(p.first(), k -> new TreeSet<>()).add(p.second());
            out.computeIfAbsent(p.second(), k -> new TreeSet<>()).add(p.first());
        }
        return out;
    }

    private static void onOneParagraph(List<Entry> entries, TreeSet<Pair> pairs) {
        List<Entry> words = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (Entry e : entries) {
            (e.footprint().onWords() ? words : others).add(e);
        }
        for (int i = 0; i < others.size(); i++) {
            Entry x = others.get(i);
            for (int j = i + 1; j < others.size(); j++) {
                add(x, others.get(j), pairs);
            }
            for (Entry y : words) {
                add(x, y, pairs);
            }
        }
        words.sort(Comparator.comparingInt((Entry e) -> e.footprint().start()));
        for (int i = 0; i < words.size(); i++) {
            Entry x = words.get(i);
            // Sorted by start: a later footprint starting after x ends can neither overlap x nor
            // insert at a point of it (an insertion's point is an end of its quoted words), and no
            // footprint after it can either.
            for (int j = i + 1; j < words.size() && words.get(j).footprint().start() <= x.footprint().end(); j++) {
                add(x, words.get(j), pairs);
            }
        }
    }

    private static void add(Entry x, Entry y, TreeSet<Pair> pairs) {
        if (x.number() == y.number() || related(x, y) || !x.footprint().competesWith(y.footprint())) {
            return;
        }
        pairs.add(new Pair(x.footprint().paragraph(), Math.min(x.number(), y.number()), Math.max(x.number(), y.number())));
    }

    private static boolean related(Entry x, Entry y) {
        return (x.parentNumber() != null && x.parentNumber() == y.number())
                || (y.parentNumber() != null && y.parentNumber() == x.number());
    }
}
