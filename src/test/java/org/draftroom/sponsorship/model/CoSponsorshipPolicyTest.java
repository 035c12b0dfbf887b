package org.draftroom.sponsorship.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The co-sponsorship rule alone: who may join or leave a draft's list of co-sponsors, and when. */
class CoSponsorshipPolicyTest {
    private static final Caller FRANCE = new Caller("fra", Role.DELEGATE, "FRA");
    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null);
    private static final Caller FACILITATOR = new Caller("facilitator", Role.FACILITATOR, null);

    @Test
    void the_list_changes_before_action_while_it_is_open() {
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.CONSULTATIONS, true)).isTrue();
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.TABLED, true)).isTrue();
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.DEFERRED, true)).isTrue();
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.TABLED, false)).isFalse();
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.IN_ACTION, true)).isFalse();
        assertThat(CoSponsorshipPolicy.listMayChange(Stage.ADOPTED, true)).isFalse();
    }

    @Test
    void a_list_closed_before_action_is_closed_early_a_later_stage_is_not() {
        assertThat(CoSponsorshipPolicy.listClosedEarly(Stage.TABLED, false)).isTrue();
        assertThat(CoSponsorshipPolicy.listClosedEarly(Stage.TABLED, true)).isFalse();
        assertThat(CoSponsorshipPolicy.listClosedEarly(Stage.IN_ACTION, false)).isFalse();
    }

    @Test
    void a_delegate_of_a_state_that_is_not_a_main_sponsor_sponsors() {
        assertThat(CoSponsorshipPolicy.maySponsor(FRANCE, false)).isTrue();
        assertThat(CoSponsorshipPolicy.maySponsor(FRANCE, true)).isFalse();
        assertThat(CoSponsorshipPolicy.maySponsor(SECRETARIAT, false)).isFalse();
        assertThat(CoSponsorshipPolicy.maySponsor(FACILITATOR, false)).isFalse();
        assertThat(CoSponsorshipPolicy.whyNot(FRANCE, "join-co-sponsorship"))
                .isEqualTo("A main sponsor is a sponsor already; it cannot join-co-sponsorship.");
        assertThat(CoSponsorshipPolicy.whyNot(SECRETARIAT, "leave-co-sponsorship"))
                .isEqualTo("Only a delegate, for its own State, may leave-co-sponsorship.");
    }

    @Test
    void joining_is_offered_to_a_state_not_on_the_list_leaving_to_one_on_it() {
        assertThat(CoSponsorshipPolicy.offersJoining(FRANCE, Set.of("DEU"))).isTrue();
        assertThat(CoSponsorshipPolicy.offersJoining(FRANCE, Set.of("FRA"))).isFalse();
        assertThat(CoSponsorshipPolicy.offersLeaving(FRANCE, Set.of("FRA"))).isTrue();
        assertThat(CoSponsorshipPolicy.offersLeaving(FRANCE, Set.of())).isFalse();
    }

    @Test
    void observers_do_not_sponsor_and_a_delegate_leaves_only_for_its_own_state() {
        CoSponsorshipPolicy.checkMayBeSponsor(true);
        assertThatThrownBy(() -> CoSponsorshipPolicy.checkMayBeSponsor(false))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        CoSponsorshipPolicy.checkLeavesForItsOwnState(FRANCE, "FRA");
        assertThatThrownBy(() -> CoSponsorshipPolicy.checkLeavesForItsOwnState(FRANCE, "DEU"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void joining_after_consultations_is_joining_after_tabling() {
        assertThat(CoSponsorshipPolicy.joinsAfterTabling(Stage.CONSULTATIONS)).isFalse();
        assertThat(CoSponsorshipPolicy.joinsAfterTabling(Stage.TABLED)).isTrue();
        assertThat(CoSponsorshipPolicy.joinsAfterTabling(Stage.DEFERRED)).isTrue();
    }
}
