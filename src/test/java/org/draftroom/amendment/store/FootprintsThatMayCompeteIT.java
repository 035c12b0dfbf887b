package org.draftroom.amendment.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.Footprint.Effect;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.support.ServerTest;
import org.draftroom.support.Seeds;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's pre-selection of competing footprints (V63's indexes, queried by
 * {@link CompetitionStore#footprintsThatMayCompete}) against the rule it serves,
 * {@link Footprint#competesWith}: over random pending footprints on three paragraphs, some taken
 * on an older text, every footprint the rule says competes with a random candidate is handed
 * over, every footprint on an older text is handed over as such, and footprints on other
 * paragraphs never are.
 */
@MicronautTest(transactional = false)
class FootprintsThatMayCompeteIT extends ServerTest {
    private static final List<ParagraphId> PARAGRAPHS = List.of(new ParagraphId("p-one"), new ParagraphId("p-two"),
            new ParagraphId("p-three"));
    private static final long CURRENT_TEXT = 7_001L;
    private static final long OLDER_TEXT = 7_000L;
    private static final long NEWER_TEXT = 7_002L;
    private static final Effect[] EFFECTS = Effect.values();

    @Inject
    AmendmentStore amendments;
    @Inject
    CompetitionStore competition;
    @Inject
    AmendmentNumbers numbers;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void every_footprint_the_rule_says_competes_is_handed_over_and_none_from_another_paragraph() {
        long draft = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        Random random = new Random(20261122);
        Map<Integer, List<PlacedFootprint>> stored = new HashMap<>();
        transactions.executeWrite(status -> {
            for (int i = 0; i < 400; i++) {
                List<PlacedFootprint> footprints = List.of(random(random, textOfPending(i)));
                AmendmentStore.Inserted inserted = amendments.insert(numbers.sequenceFor(draft), new AmendmentStore.NewAmendment(
                        draft, null, AmendmentKind.INFORMAL, "fra", "FRA", List.of(), 1, List.of(), null, footprints));
                stored.put(inserted.number(), footprints);
            }
            return null;
        });

        int competing = 0;
        for (int round = 0; round < 300; round++) {
            List<PlacedFootprint> candidate = new ArrayList<>(List.of(random(random, CURRENT_TEXT)));
            if (round % 3 == 0) {
                candidate.add(random(random, CURRENT_TEXT));
            }
            List<PendingFootprint> handed = transactions.executeRead(
                    status -> competition.footprintsThatMayCompete(draft, candidate));

            Set<String> handedOver = new HashSet<>();
            for (PendingFootprint f : handed) {
                assertThat(candidate).as("footprints on paragraphs the candidate does not touch")
                        .anyMatch(c -> c.footprint().paragraph().equals(f.footprint().paragraph()));
                PlacedFootprint original = stored.get(f.number()).get(0);
                assertThat(f.footprint()).isEqualTo(original.footprint());
                assertThat(f.sameText()).as("same text, for " + f).isEqualTo(original.textFingerprint() == CURRENT_TEXT);
                handedOver.add(f.number() + "/" + f.footprint().paragraph().value());
            }
            for (Map.Entry<Integer, List<PlacedFootprint>> e : stored.entrySet()) {
                PlacedFootprint pending = e.getValue().get(0);
                for (PlacedFootprint mine : candidate) {
                    boolean sameParagraph = mine.footprint().paragraph().equals(pending.footprint().paragraph());
                    boolean olderText = pending.textFingerprint() != CURRENT_TEXT;
                    boolean competes = mine.footprint().competesWith(pending.footprint());
                    if (sameParagraph && (olderText || competes)) {
                        competing++;
                        assertThat(handedOver).as("amendment %d (%s) for candidate %s", e.getKey(), pending, mine)
                                .contains(e.getKey() + "/" + pending.footprint().paragraph().value());
                    }
                }
            }
        }
        assertThat(competing).as("the random footprints compete often enough to test something").isGreaterThan(1_000);

        List<StoredFootprint> all = transactions.executeRead(status -> competition.pendingFootprints(draft));
        assertThat(all).as("every pending footprint of the draft, as stored")
                .extracting(f -> f.number() + " " + f.placed())
                .containsExactlyInAnyOrderElementsOf(stored.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get(0)).toList());
    }

    /** One pending amendment in nine was anchored on another text of its paragraph, older or newer. */
    private static long textOfPending(int i) {
        if (i % 9 != 0) {
            return CURRENT_TEXT;
        }
        return i % 2 == 0 ? OLDER_TEXT : NEWER_TEXT;
    }

    private static PlacedFootprint random(Random random, long text) {
        ParagraphId paragraph = PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size()));
        Effect effect = random.nextInt(3) == 0 ? EFFECTS[random.nextInt(EFFECTS.length)] : Effect.WORDS;
        int start = 0;
        int end = 0;
        if (effect == Effect.WORDS || effect == Effect.INSERTS_BEFORE || effect == Effect.INSERTS_AFTER) {
            // on a coarse grid, so that insertions often share a point
            start = 4 * random.nextInt(150);
            end = start + 4 * (1 + random.nextInt(random.nextInt(4) == 0 ? 2 : 10));
        }
        return new PlacedFootprint(new Footprint(paragraph, effect, start, end), text);
    }
}
