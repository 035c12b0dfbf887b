package org.draftroom.amendment.model;

import org.draftroom.amendment.model.CompetingPairs.Entry;
import org.draftroom.amendment.model.CompetingPairs.Pair;
import org.draftroom.amendment.model.Footprint.Effect;
import org.draftroom.document.model.ParagraphId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class CompetingPairsTest {
    private static final ParagraphId OP5 = new ParagraphId("op5");
    private static final ParagraphId OP6 = new ParagraphId("op6");

    private static Entry words(int number, int start, int end) {
        return new Entry(number, null, new Footprint(OP5, Effect.WORDS, start, end));
    }

    @Test
    void overlapping_words_compete_and_words_that_only_touch_do_not() {
        assertThat(CompetingPairs.among(List.of(words(1, 10, 20), words(2, 15, 30), words(3, 20, 25), words(4, 40, 50))))
                .containsExactly(new Pair(OP5, 1, 2), new Pair(OP5, 2, 3));
    }

    @Test
    void each_amendment_lists_those_it_competes_with_on_any_paragraph_once() {
        List<Pair> pairs = List.of(new Pair(OP5, 1, 2), new Pair(OP5, 2, 3), new Pair(OP6, 1, 2), new Pair(OP6, 1, 4));
        assertThat(CompetingPairs.competitorsOf(pairs)).containsOnly(
                Map.entry(1, new TreeSet<>(List.of(2, 4))), Map.entry(2, new TreeSet<>(List.of(1, 3))),
                Map.entry(3, new TreeSet<>(List.of(2))), Map.entry(4, new TreeSet<>(List.of(1))));
    }

    private static Entry inserts(int number, Effect side, int quoteStart, int quoteEnd) {
        return new Entry(number, null, new Footprint(OP5, side, quoteStart, quoteEnd));
    }

    @Test
    void an_insertion_competes_with_changes_of_its_quoted_words_and_at_the_same_point_only() {
        assertThat(CompetingPairs.among(List.of(words(1, 10, 20), inserts(2, Effect.INSERTS_AFTER, 12, 15),
                inserts(3, Effect.INSERTS_AFTER, 25, 30), inserts(4, Effect.INSERTS_BEFORE, 30, 35), inserts(5, Effect.INSERTS_AFTER, 20, 25))))
                .containsExactly(new Pair(OP5, 1, 2), new Pair(OP5, 3, 4));
    }

    @Test
    void a_removal_competes_with_everything_on_its_paragraph_and_nothing_elsewhere() {
        Entry removal = new Entry(9, null, new Footprint(OP5, Effect.REMOVES, 0, 0));
        Entry anchor = new Entry(3, null, new Footprint(OP5, Effect.ANCHOR, 0, 0));
        Entry elsewhere = new Entry(4, null, new Footprint(OP6, Effect.WORDS, 0, 5));
        assertThat(CompetingPairs.among(List.of(words(1, 0, 5), removal, anchor, elsewhere)))
                .containsExactly(new Pair(OP5, 1, 9), new Pair(OP5, 3, 9));
    }

    @Test
    void a_sub_amendment_does_not_compete_with_the_amendment_it_amends_nor_an_amendment_with_itself() {
        Entry parent = words(1, 10, 20);
        Entry sub = new Entry(2, 1, new Footprint(OP5, Effect.WORDS, 12, 18));
        Entry sameAmendment = words(1, 15, 25);
        assertThat(CompetingPairs.among(List.of(parent, sub, sameAmendment))).isEmpty();
        assertThat(CompetingPairs.among(List.of(parent, sub, words(3, 0, 11))))
                .as("words 0-11 overlap the amendment's 10-20, not its sub-amendment's 12-18").containsExactly(new Pair(OP5, 1, 3));
    }

    @Test
    void finds_exactly_the_pairs_that_comparing_every_two_footprints_finds() {
        Random random = new Random(20261122);
        Effect[] effects = Effect.values();
        for (int round = 0; round < 200; round++) {
            List<Entry> entries = new ArrayList<>();
            int amendments = 1 + random.nextInt(40);
            for (int number = 1; number <= amendments; number++) {
                Integer parent = number > 1 && random.nextInt(6) == 0 ? 1 + random.nextInt(number - 1) : null;
                for (int k = 0, n = 1 + random.nextInt(2); k < n; k++) {
                    entries.add(new Entry(number, parent, random(random, effects)));
                }
            }
            assertThat(CompetingPairs.among(entries)).as("round " + round).containsExactlyElementsOf(everyTwo(entries));
        }
    }

    /** The definition: every two footprints compared, in the order {@link CompetingPairs#among} answers. */
    private static List<Pair> everyTwo(List<Entry> entries) {
        Set<Pair> out = new LinkedHashSet<>();
        for (Entry x : entries) {
            for (Entry y : entries) {
                boolean related = (x.parentNumber() != null && x.parentNumber() == y.number())
                        || (y.parentNumber() != null && y.parentNumber() == x.number());
                if (x.number() < y.number() && !related && x.footprint().competesWith(y.footprint())) {
                    out.add(new Pair(x.footprint().paragraph(), x.number(), y.number()));
                }
            }
        }
        return out.stream().sorted(Comparator.comparing((Pair p) -> p.paragraph().value())
                .thenComparingInt(Pair::first).thenComparingInt(Pair::second)).toList();
    }

    private static Footprint random(Random random, Effect[] effects) {
        Effect effect = random.nextInt(3) == 0 ? effects[random.nextInt(effects.length)] : Effect.WORDS;
        ParagraphId paragraph = random.nextInt(4) == 0 ? OP6 : OP5;
        if (effect != Effect.WORDS && effect != Effect.INSERTS_BEFORE && effect != Effect.INSERTS_AFTER) {
            return new Footprint(paragraph, effect, 0, 0);
        }
        int start = random.nextInt(400);
        int end = start + 1 + random.nextInt(random.nextInt(3) == 0 ? 3 : 80);
        return new Footprint(paragraph, effect, start, end);
    }
}
