package org.draftroom.amendment.model;

import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.draftroom.amendment.model.Texts.SEED_004;
import static org.draftroom.amendment.model.Texts.admitted;
import static org.draftroom.amendment.model.Texts.refusal;
import static org.draftroom.amendment.model.Texts.replaceWords;

class AmendmentRulesTest {
    private static final Caller BELARUS = new Caller("blr", Role.DELEGATE, "BLR");
    private static final Caller FRANCE = new Caller("fra", Role.DELEGATE, "FRA");
    private static final Caller FRANCE_TOO = new Caller("fra2", Role.DELEGATE, "FRA");
    private static final Caller FACILITATOR = new Caller("facilitator", Role.FACILITATOR, null);
    private static final Caller OTHER_FACILITATOR = new Caller("facilitator2", Role.FACILITATOR, null);
    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null);

    private static Draft draft(String stage) {
        return new Draft(1, "Improving the coordination of efforts against trafficking in persons", 80, "Third Committee", 107,
                null, null, Stage.valueOf(stage), 1, "facilitator", null, "blr", OffsetDateTime.now(), 0, List.of("BLR", "RUS"));
    }

    private static Amendment byFrance(AmendmentStatus status) {
        return new Amendment(1, 1, 3, null, AmendmentKind.WRITTEN, null, status, "fra", "FRA", List.of(), 1,
                admitted(SEED_004, replaceWords("OP7", "30 July", "30 June")), null, 0);
    }

    private static void forbidden(Runnable rule) {
        assertThat(refusal(rule::run).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void amendments_are_informal_in_consultations_written_once_tabled_and_oral_at_action() {
        assertThat(AmendmentRules.kindForStage(Stage.CONSULTATIONS)).isEqualTo(AmendmentKind.INFORMAL);
        assertThat(AmendmentRules.kindForStage(Stage.TABLED)).isEqualTo(AmendmentKind.WRITTEN);
        assertThat(AmendmentRules.kindForStage(Stage.DEFERRED)).isEqualTo(AmendmentKind.WRITTEN);
        assertThat(AmendmentRules.kindForStage(Stage.IN_ACTION)).isEqualTo(AmendmentKind.ORAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPROVED_BY_COMMITTEE", "REJECTED_BY_COMMITTEE", "NO_ACTION", "WITHDRAWN", "REPORTED", "ADOPTED",
            "REJECTED_IN_PLENARY"})
    void nothing_can_be_proposed_in_a_terminal_stage(String stage) {
        assertThat(AmendmentRules.TERMINAL).contains(Stage.valueOf(stage));
        Refusal r = refusal(() -> AmendmentRules.kindForStage(Stage.valueOf(stage)));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.type()).isEqualTo("stage-does-not-allow");
        assertThat(r.details()).containsEntry("stage", stage);
    }

    @Test
    void only_a_delegate_proposes_and_for_its_own_state() {
        assertThat(AmendmentRules.proposerMustBeADelegate(FRANCE)).isEqualTo("FRA");
        forbidden(() -> AmendmentRules.proposerMustBeADelegate(FACILITATOR));
        forbidden(() -> AmendmentRules.proposerMustBeADelegate(SECRETARIAT));
    }

    @Test
    void in_consultations_the_drafts_own_facilitator_or_the_secretariat_reviews() {
        assertThatCode(() -> AmendmentRules.mayReview(draft("CONSULTATIONS"), FACILITATOR)).doesNotThrowAnyException();
        assertThatCode(() -> AmendmentRules.mayReview(draft("CONSULTATIONS"), SECRETARIAT)).doesNotThrowAnyException();
        forbidden(() -> AmendmentRules.mayReview(draft("CONSULTATIONS"), OTHER_FACILITATOR));
        forbidden(() -> AmendmentRules.mayReview(draft("CONSULTATIONS"), BELARUS));
    }

    @Test
    void once_tabled_the_main_sponsors_review_and_at_action_nobody_does() {
        assertThatCode(() -> AmendmentRules.mayReview(draft("TABLED"), BELARUS)).doesNotThrowAnyException();
        assertThatCode(() -> AmendmentRules.mayReview(draft("DEFERRED"), BELARUS)).doesNotThrowAnyException();
        forbidden(() -> AmendmentRules.mayReview(draft("TABLED"), FRANCE));
        forbidden(() -> AmendmentRules.mayReview(draft("TABLED"), FACILITATOR));
        Refusal atAction = refusal(() -> AmendmentRules.mayReview(draft("IN_ACTION"), SECRETARIAT));
        assertThat(atAction.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(atAction.details()).containsEntry("stage", "IN_ACTION");
    }

    @Test
    void the_proposing_delegation_withdraws_and_nobody_else() {
        assertThatCode(() -> AmendmentRules.mayWithdraw(byFrance(AmendmentStatus.PENDING), FRANCE)).doesNotThrowAnyException();
        assertThatCode(() -> AmendmentRules.mayWithdraw(byFrance(AmendmentStatus.PENDING), FRANCE_TOO)).doesNotThrowAnyException();
        forbidden(() -> AmendmentRules.mayWithdraw(byFrance(AmendmentStatus.PENDING), BELARUS));
        forbidden(() -> AmendmentRules.mayWithdraw(byFrance(AmendmentStatus.PENDING), SECRETARIAT));
    }

    @Test
    void only_a_pending_amendment_can_still_be_decided_and_the_refusal_says_how_it_stands() {
        assertThatCode(() -> AmendmentRules.mustBePending(byFrance(AmendmentStatus.PENDING))).doesNotThrowAnyException();
        for (AmendmentStatus closed : List.of(AmendmentStatus.ACCEPTED, AmendmentStatus.REJECTED, AmendmentStatus.WITHDRAWN,
                AmendmentStatus.SUPERSEDED, AmendmentStatus.ADOPTED, AmendmentStatus.MOOT)) {
            Refusal r = refusal(() -> AmendmentRules.mustBePending(byFrance(closed)));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.details()).containsEntry("status", closed.name()).containsEntry("amendment", 3);
            assertThat(r.getMessage()).contains("amendment 3 is " + closed.name().toLowerCase());
        }
    }

    @Test
    void the_secretariat_alone_does_what_is_reserved_to_it_and_only_at_the_stage_named() {
        assertThatCode(() -> AmendmentRules.secretariatOnly(SECRETARIAT, "issues symbols")).doesNotThrowAnyException();
        forbidden(() -> AmendmentRules.secretariatOnly(FACILITATOR, "issues symbols"));
        assertThatCode(() -> AmendmentRules.stageMustBe(Stage.IN_ACTION, Stage.IN_ACTION, "votes")).doesNotThrowAnyException();
        Refusal r = refusal(() -> AmendmentRules.stageMustBe(Stage.TABLED, Stage.IN_ACTION, "votes"));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.getMessage()).contains("TABLED").contains("votes only at IN_ACTION");
    }
}
