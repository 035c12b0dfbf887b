package org.draftroom.lifecycle;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;
import org.draftroom.sponsorship.CoSponsorshipPolicyForTheProcedure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionPolicyTest {
    private static final Caller BELARUS = new Caller("blr", Role.DELEGATE, "BLR");
    private static final Caller FRANCE = new Caller("fra", Role.DELEGATE, "FRA");
    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null);
    private static final Caller FACILITATOR = new Caller("facilitator", Role.FACILITATOR, null);
    /** The policy as the server runs it: the co-sponsorship steps ask sponsorship's rule. */
    private static final ActionPolicy POLICY = new ActionPolicy(new CoSponsorshipPolicyForTheProcedure());

    private static DraftFacts draft(Stage stage, boolean listOpen, String... coSponsors) {
        return new DraftFacts(stage, List.of("BLR", "RUS"), false, listOpen, Set.of(coSponsors));
    }

    @Test
    void a_main_sponsor_tables_and_withdraws_another_delegate_joins_the_secretariat_sets_the_deadline() {
        assertThat(POLICY.allowed(draft(Stage.CONSULTATIONS, true), BELARUS))
                .containsExactly("assign-facilitator", "table", "withdraw");
        assertThat(POLICY.allowed(draft(Stage.CONSULTATIONS, true), FRANCE)).containsExactly("join-co-sponsorship");
        assertThat(POLICY.allowed(draft(Stage.TABLED, true, "FRA"), FRANCE)).containsExactly("leave-co-sponsorship");
        assertThat(POLICY.allowed(draft(Stage.TABLED, true), SECRETARIAT))
                .containsExactly("assign-facilitator", "set-co-sponsorship-deadline", "record-pbi", "defer", "open-action");
        assertThat(POLICY.allowed(draft(Stage.TABLED, true), FACILITATOR)).isEmpty();
    }

    @Test
    void at_action_the_secretariat_records_and_the_list_is_closed_to_delegates() {
        assertThat(POLICY.allowed(draft(Stage.IN_ACTION, false), SECRETARIAT)).containsExactly("record-pbi", "defer",
                "record-oral-revision", "record-action", "record-explanation-of-vote");
        assertThat(POLICY.allowed(draft(Stage.IN_ACTION, false), FRANCE)).isEmpty();
        assertThat(POLICY.allowed(draft(Stage.IN_ACTION, false), BELARUS)).containsExactly("withdraw");
        assertThat(POLICY.allowed(draft(Stage.ADOPTED, false), SECRETARIAT)).containsExactly("record-issue");
        assertThat(POLICY.allowed(draft(Stage.ADOPTED, false), BELARUS)).isEmpty();
    }

    @Test
    void a_plenary_draft_is_decided_by_the_plenary_at_action() {
        DraftFacts plenary = new DraftFacts(Stage.IN_ACTION, List.of("BLR"), true, false, Set.of());
        assertThat(POLICY.allowed(plenary, SECRETARIAT)).contains("record-plenary-decision").doesNotContain("record-action");
    }

    @Test
    void the_wrong_role_is_forbidden_and_the_wrong_stage_is_a_conflict_naming_stage_and_allowed_actions() {
        assertThatThrownBy(() -> POLICY.check(LifecycleAction.TABLE, draft(Stage.CONSULTATIONS, true), FRANCE))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> POLICY.check(LifecycleAction.JOIN_CO_SPONSORSHIP, draft(Stage.CONSULTATIONS, true), BELARUS))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> POLICY.check(LifecycleAction.TABLE, draft(Stage.TABLED, true), BELARUS))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(r.details()).containsEntry("stage", "TABLED")
                            .containsEntry("allowedActions", List.of("assign-facilitator", "revise", "withdraw"));
                });
        assertThatThrownBy(() -> POLICY.check(LifecycleAction.JOIN_CO_SPONSORSHIP, draft(Stage.TABLED, false), FRANCE))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("co-sponsorship-closed"));
    }
}
