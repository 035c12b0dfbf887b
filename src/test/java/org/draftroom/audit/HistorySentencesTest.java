package org.draftroom.audit;

import org.draftroom.audit.history.HistorySentences;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistorySentencesTest {
    private static final Map<String, String> NAMES = Map.of("BLR", "Belarus", "PER", "Peru", "FRA", "France");
    private final HistorySentences sentences = new HistorySentences(c -> NAMES.getOrDefault(c, c), ZoneId.of("UTC"));
    private static final Instant OCT_14 = Instant.parse("2025-10-14T15:00:00Z");

    private String say(String type, String role, String state, Map<String, Object> payload) {
        return sentences.sentence(new HistorySentences.Event(OCT_14, type, role, state, payload)).orElseThrow();
    }

    @Test
    void tabling_names_the_symbol_and_the_state() {
        assertThat(say("draft.tabled", "DELEGATE", "BLR", Map.of("symbol", "A/C.3/80/L.20")))
                .isEqualTo("14 Oct 2025 — tabled as A/C.3/80/L.20 by Belarus");
    }

    @Test
    void co_sponsorship_names_the_state_that_joined_or_withdrew() {
        assertThat(say("cosponsorship.joined", "DELEGATE", "PER", Map.of())).isEqualTo("14 Oct 2025 — Peru joined as co-sponsor");
        assertThat(say("cosponsorship.withdrawn", "SECRETARIAT", null, Map.of("memberState", "FRA")))
                .isEqualTo("14 Oct 2025 — France withdrew as co-sponsor");
    }

    @Test
    void the_steps_of_action_read_in_plain_words() {
        assertThat(say("action.opened", "SECRETARIAT", null, Map.of()))
                .isEqualTo("14 Oct 2025 — action opened; the list of co-sponsors closed");
        assertThat(say("vote.explained", "SECRETARIAT", null, Map.of("memberState", "FRA")))
                .isEqualTo("14 Oct 2025 — France explained its vote");
        assertThat(say("amendment.symbol-issued", "SECRETARIAT", null, Map.of("amendment", 3, "symbol", "A/C.3/80/L.61")))
                .isEqualTo("14 Oct 2025 — amendment 3 issued as A/C.3/80/L.61");
        assertThat(say("voting-order.set", "SECRETARIAT", null, Map.of())).isEqualTo("14 Oct 2025 — order of voting set");
    }

    @Test
    void a_decision_gives_the_votes_in_words() {
        assertThat(say("action.recorded", "SECRETARIAT", null,
                Map.of("decision", "adopted", "votes", Map.of("yes", 120, "no", 10, "abstain", 30))))
                .isEqualTo("14 Oct 2025 — adopted by a recorded vote of 120 to 10, with 30 abstentions");
        assertThat(say("action.recorded", "SECRETARIAT", null, Map.of("decision", "adopted without a vote")))
                .isEqualTo("14 Oct 2025 — adopted without a vote");
        assertThat(say("vote.recorded", "SECRETARIAT", null, Map.of("votes", Map.of("yes", 1, "no", 2, "abstain", 1))))
                .isEqualTo("14 Oct 2025 — recorded vote: 1 in favour, 2 against, 1 abstention");
    }

    @Test
    void amendments_are_named_by_their_number() {
        assertThat(say("amendment.proposed", "DELEGATE", "BLR", Map.of("amendment", 3)))
                .isEqualTo("14 Oct 2025 — amendment 3 proposed by Belarus");
        assertThat(say("amendment.accepted", "FACILITATOR", null, Map.of("amendment", 3)))
                .isEqualTo("14 Oct 2025 — amendment 3 accepted by the facilitator");
    }

    @Test
    void secretariat_actions_say_the_secretariat_and_never_a_username() {
        assertThat(say("draft.imported", "SECRETARIAT", null, Map.of("symbol", "A/C.3/80/L.20")))
                .isEqualTo("14 Oct 2025 — draft A/C.3/80/L.20 imported by the Secretariat");
    }

    @Test
    void an_unknown_type_gets_a_generic_sentence() {
        assertThat(say("draft.translated", "SECRETARIAT", null, Map.of()))
                .isEqualTo("14 Oct 2025 — recorded: draft translated by the Secretariat");
    }

    @Test
    void failed_sign_ins_and_user_administration_give_no_sentence() {
        for (String type : new String[] {"login.failed", "user.created", "user.role-changed"}) {
            assertThat(sentences.sentence(new HistorySentences.Event(OCT_14, type, "ADMIN", null, Map.of()))).isEmpty();
        }
    }

    @Test
    void every_known_type_gives_a_sentence_with_the_date() {
        for (String type : AuditProbe.ALL_TYPES) {
            if (!HistorySentences.isPrivate(type)) {
                assertThat(say(type, "DELEGATE", "BLR", Map.of())).startsWith("14 Oct 2025 — ").doesNotContain("null");
            }
        }
    }

    @Test
    void dates_are_given_in_the_chosen_zone() {
        HistorySentences newYork = new HistorySentences(c -> c, ZoneId.of("America/New_York"));
        Instant lateEvening = Instant.parse("2025-10-15T02:00:00Z");
        assertThat(newYork.sentence(new HistorySentences.Event(lateEvening, "cosponsorship.closed", null, null, Map.of())))
                .contains("14 Oct 2025 — the list of co-sponsors closed");
    }
}
