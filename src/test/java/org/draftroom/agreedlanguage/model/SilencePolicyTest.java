package org.draftroom.agreedlanguage.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SilencePolicyTest {
    private static final Instant NOW = Instant.parse("2025-11-12T15:00:00Z");
    private static final OffsetDateTime UNTIL = OffsetDateTime.parse("2025-11-14T18:00:00-05:00");
    private static final Caller AMINA = new Caller("amina", Role.FACILITATOR, null);
    private static final Caller CHILE = new Caller("chl-delegate", Role.DELEGATE, "CHL");

    private static Silence silence(SilenceState state, SilenceBreak... breaks) {
        return new Silence(4, 12, 3, UNTIL, state, "amina", NOW.atOffset(ZoneOffset.UTC), null, 1, List.of(breaks));
    }

    private static String type(Runnable r) {
        try {
            r.run();
        } catch (Refusal refusal) {
            return refusal.type();
        }
        return "none";
    }

    @Test
    void only_the_assigned_facilitator_starts_a_silence_during_consultations_when_none_runs() {
        SilencePolicy.mayStart(AMINA, "amina", Stage.CONSULTATIONS, false);
        assertThat(type(() -> SilencePolicy.mayStart(new Caller("omar", Role.FACILITATOR, null), "amina", Stage.CONSULTATIONS, false)))
                .isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayStart(CHILE, "amina", Stage.CONSULTATIONS, false))).isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayStart(AMINA, null, Stage.CONSULTATIONS, false))).isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayStart(AMINA, "amina", Stage.TABLED, false))).isEqualTo("not-in-consultations");
        assertThat(type(() -> SilencePolicy.mayStart(AMINA, "amina", Stage.CONSULTATIONS, true))).isEqualTo("silence-running");
    }

    @Test
    void the_deadline_is_still_to_come_and_at_most_two_weeks_ahead() {
        SilencePolicy.checkUntil(UNTIL, NOW);
        SilencePolicy.checkUntil(NOW.plus(SilencePolicy.LONGEST).atOffset(ZoneOffset.UTC), NOW);
        assertThat(type(() -> SilencePolicy.checkUntil(null, NOW))).isEqualTo("deadline-not-ahead");
        assertThat(type(() -> SilencePolicy.checkUntil(NOW.atOffset(ZoneOffset.UTC), NOW))).isEqualTo("deadline-not-ahead");
        assertThat(type(() -> SilencePolicy.checkUntil(NOW.minusSeconds(60).atOffset(ZoneOffset.UTC), NOW))).isEqualTo("deadline-not-ahead");
        assertThat(type(() -> SilencePolicy.checkUntil(NOW.plus(SilencePolicy.LONGEST).plusSeconds(1).atOffset(ZoneOffset.UTC), NOW)))
                .isEqualTo("silence-too-long");
    }

    @Test
    void a_text_with_brackets_does_not_go_under_silence() {
        SilencePolicy.noBrackets(List.of());
        assertThat(type(() -> SilencePolicy.noBrackets(List.of("OP5", "OP9")))).isEqualTo("brackets-remain");
    }

    @Test
    void a_delegation_breaks_a_running_silence_for_its_own_state_once_before_the_deadline_with_a_text() {
        Silence running = silence(SilenceState.UNDER_SILENCE);
        SilencePolicy.mayBreak(CHILE, null, running, "Chile cannot join consensus on OP5", NOW);
        SilencePolicy.mayBreak(CHILE, "CHL", running, "Chile cannot join consensus on OP5", NOW);
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, "PER", running, "t", NOW))).isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayBreak(AMINA, null, running, "t", NOW))).isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayBreak(new Caller("sec", Role.SECRETARIAT, null), null, running, "t", NOW)))
                .isEqualTo("forbidden");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, null, "t", NOW))).isEqualTo("no-silence");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, silence(SilenceState.HELD), "t", NOW))).isEqualTo("no-silence");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, running, "t", UNTIL.toInstant()))).isEqualTo("silence-over");
        SilenceBreak chile = new SilenceBreak("CHL", "chl-delegate", NOW.atOffset(ZoneOffset.UTC), "OP5");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, silence(SilenceState.UNDER_SILENCE, chile), "again", NOW)))
                .isEqualTo("silence-already-broken");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, running, "  ", NOW))).isEqualTo("silence-text-required");
        assertThat(type(() -> SilencePolicy.mayBreak(CHILE, null, running, "x".repeat(SilencePolicy.MAX_TEXT + 1), NOW)))
                .isEqualTo("silence-text-too-long");
    }

    @Test
    void the_deadline_holds_a_silence_no_one_broke_and_otherwise_it_is_broken() {
        assertThat(SilencePolicy.outcome(silence(SilenceState.UNDER_SILENCE))).isEqualTo(SilenceState.HELD);
        SilenceBreak peru = new SilenceBreak("PER", "per-delegate", NOW.atOffset(ZoneOffset.UTC), "PP3");
        assertThat(SilencePolicy.outcome(silence(SilenceState.UNDER_SILENCE, peru))).isEqualTo(SilenceState.BROKEN);
    }
}
