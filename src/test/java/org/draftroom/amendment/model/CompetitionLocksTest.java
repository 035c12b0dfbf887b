package org.draftroom.amendment.model;

import org.draftroom.amendment.model.CompetitionLocks.Lock;
import org.draftroom.amendment.model.Footprint.Effect;
import org.draftroom.document.model.ParagraphId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitionLocksTest {
    private static final ParagraphId OP5 = new ParagraphId("op5");
    private static final ParagraphId OP6 = new ParagraphId("op6");

    private static Footprint words(int start, int end) {
        return new Footprint(OP5, Effect.WORDS, start, end);
    }

    /** Whether two proposals holding these locks would take turns. */
    private static boolean takeTurns(List<Lock> a, List<Lock> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.name().equals(y.name()) && !(x.shared() && y.shared())));
    }

    @Test
    void changing_words_holds_the_paragraph_shared_and_the_stretches_its_words_touch() {
        assertThat(CompetitionLocks.of(List.of(words(60, 70)))).containsExactly(
                new Lock("paragraph op5", true), new Lock("words op5 0", false), new Lock("words op5 1", false));
    }

    @Test
    void changes_of_words_far_apart_in_one_paragraph_go_side_by_side() {
        assertThat(takeTurns(CompetitionLocks.of(List.of(words(10, 20))), CompetitionLocks.of(List.of(words(300, 320))))).isFalse();
    }

    @Test
    void rewriting_removing_or_moving_a_paragraph_takes_turns_with_any_change_of_its_words() {
        for (Effect effect : List.of(Effect.WHOLE, Effect.REMOVES, Effect.MOVES)) {
            List<Lock> locks = CompetitionLocks.of(List.of(new Footprint(OP5, effect, 0, 0)));
            assertThat(locks).as(effect.name()).containsExactly(new Lock("paragraph op5", false));
            assertThat(takeTurns(locks, CompetitionLocks.of(List.of(words(300, 320))))).as(effect.name()).isTrue();
        }
    }

    @Test
    void inserting_a_paragraph_next_to_one_takes_turns_only_with_its_removal() {
        List<Lock> insertion = CompetitionLocks.of(List.of(new Footprint(OP5, Effect.ANCHOR, 0, 0)));
        assertThat(takeTurns(insertion, CompetitionLocks.of(List.of(words(0, 10))))).isFalse();
        assertThat(takeTurns(insertion, CompetitionLocks.of(List.of(new Footprint(OP5, Effect.REMOVES, 0, 0))))).isTrue();
        assertThat(takeTurns(insertion, CompetitionLocks.of(List.of(new Footprint(OP6, Effect.REMOVES, 0, 0))))).isFalse();
    }

    @Test
    void any_two_footprints_that_compete_take_turns() {
        Random random = new Random(20261122);
        Effect[] effects = Effect.values();
        for (int i = 0; i < 20_000; i++) {
            Footprint a = random(random, effects);
            Footprint b = random(random, effects);
            if (a.competesWith(b)) {
                assertThat(takeTurns(CompetitionLocks.of(List.of(a)), CompetitionLocks.of(List.of(b)))).as(a + " and " + b).isTrue();
            }
        }
    }

    private static Footprint random(Random random, Effect[] effects) {
        Effect effect = effects[random.nextInt(effects.length)];
        ParagraphId paragraph = random.nextInt(4) == 0 ? OP6 : OP5;
        if (effect != Effect.WORDS) {
            return new Footprint(paragraph, effect, 0, 0);
        }
        int start = random.nextInt(400);
        int end = random.nextInt(3) == 0 ? start : start + random.nextInt(80);
        return new Footprint(paragraph, effect, start, end);
    }
}
