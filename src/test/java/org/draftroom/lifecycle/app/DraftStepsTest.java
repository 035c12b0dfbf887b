package org.draftroom.lifecycle.app;

import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.InMemoryDrafts;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.CoSponsorship;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;
import org.draftroom.sponsorship.CoSponsorshipPolicyForTheProcedure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every step does first, on drafts held in memory: lock the draft, check If-Match, then the
 * role, ownership and stage rules, asking co-sponsorship through the procedure's own interface.
 */
class DraftStepsTest {
    private static final Caller BELARUS = new Caller("blr", Role.DELEGATE, "BLR");
    private static final Caller FRANCE = new Caller("fra", Role.DELEGATE, "FRA");
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final List<String> coSponsors = new ArrayList<>();
    private boolean listOpen = true;
    private DraftSteps steps;

    @BeforeEach
    void setUp() {
        CoSponsorship coSponsorship = new CoSponsorship() {
            @Override
            public boolean isOpen(long draftId) {
                return listOpen;
            }

            @Override
            public List<String> coSponsors(long draftId) {
                return coSponsors;
            }

            @Override
            public boolean closeWithStep(long draftId, String step) {
                boolean was = listOpen;
                listOpen = false;
                return was;
            }
        };
        steps = new DraftSteps(drafts, coSponsorship, new CoSponsorshipPolicyForTheProcedure(), null, null, null);
        drafts.add(new Draft(7, "Trafficking in persons", 80, "Third Committee", 107, null, "A/C.3/80/L.20", Stage.TABLED, 1,
                null, null, "blr", OffsetDateTime.parse("2025-10-01T10:00:00Z"), 3, List.of("BLR", "RUS")));
    }

    private Refusal refused(Runnable step) {
        return catchThrowableOfType(step::run, Refusal.class);
    }

    @Test
    void a_step_locks_the_draft_and_passes_with_its_etag_with_star_or_without_if_match() {
        assertThat(steps.begin(LifecycleAction.REVISE, 7, "\"7.3\"", BELARUS).id()).isEqualTo(7);
        assertThat(steps.begin(LifecycleAction.REVISE, 7, "*", BELARUS).id()).isEqualTo(7);
        assertThat(steps.begin(LifecycleAction.REVISE, 7, null, BELARUS).id()).isEqualTo(7);
        assertThat(drafts.locks()).isEqualTo(3);
    }

    @Test
    void a_stale_if_match_is_412_naming_the_current_etag_and_an_unknown_draft_404() {
        drafts.touch(7);
        Refusal stale = refused(() -> steps.begin(LifecycleAction.REVISE, 7, "\"7.3\"", BELARUS));
        assertThat(stale.kind()).isEqualTo(Refusal.Kind.PRECONDITION_FAILED);
        assertThat(stale.type()).isEqualTo("stale-draft");
        assertThat(stale.details()).containsEntry("etag", "\"7.4\"");
        assertThat(refused(() -> steps.begin(LifecycleAction.REVISE, 8, null, BELARUS)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void the_rules_see_the_typed_stage_and_the_co_sponsors_through_the_procedures_interface() {
        assertThat(refused(() -> steps.begin(LifecycleAction.REVISE, 7, null, FRANCE)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(steps.begin(LifecycleAction.JOIN_CO_SPONSORSHIP, 7, null, FRANCE).stage()).isEqualTo(Stage.TABLED);
        listOpen = false;
        Refusal closed = refused(() -> steps.begin(LifecycleAction.JOIN_CO_SPONSORSHIP, 7, null, FRANCE));
        assertThat(closed.type()).isEqualTo("co-sponsorship-closed");
        coSponsors.add("FRA");
        listOpen = true;
        assertThat(steps.facts(drafts.require(7)).coSponsors()).containsExactly("FRA");
        drafts.update(7, Stage.IN_ACTION, "A/C.3/80/L.20", null, null);
        Refusal atAction = refused(() -> steps.begin(LifecycleAction.REVISE, 7, null, BELARUS));
        assertThat(atAction.type()).isEqualTo("stage-does-not-allow");
        assertThat(atAction.details()).containsEntry("stage", "IN_ACTION");
    }
}
