package org.draftroom.amendment.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.draft.app.AllowedActions;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a draft's description says of its amendments (counts by status, one query) and which
 * amendment actions the caller may take now.
 */
@Singleton
class AmendmentsSection implements DraftSection, AllowedActions {
    private static final Set<Stage> PROPOSING = Set.of(Stage.CONSULTATIONS, Stage.TABLED, Stage.DEFERRED, Stage.IN_ACTION);
    private final AmendmentStore amendments;

    AmendmentsSection(AmendmentStore amendments) {
        this.amendments = amendments;
    }

    @Override
    public String name() {
        return "amendments";
    }

    @Override
    public Object describe(Draft draft, Caller caller) {
        Map<String, Long> counts = amendments.countsByStatus(draft.id());
        return Map.of("total", counts.values().stream().mapToLong(Long::longValue).sum(), "byStatus", counts);
    }

    @Override
    public List<String> of(Draft draft, Caller caller) {
        List<String> actions = new ArrayList<>();
        if (caller.is(Role.DELEGATE) && PROPOSING.contains(draft.stage())) {
            actions.add("propose-amendment");
        }
        boolean facilitator = caller.is(Role.FACILITATOR) && caller.username().equals(draft.facilitator());
        if ((draft.stage() == Stage.CONSULTATIONS && (facilitator || caller.is(Role.SECRETARIAT)))
                || (Set.of(Stage.TABLED, Stage.DEFERRED).contains(draft.stage()) && draft.hasMainSponsor(caller.memberState()))) {
            actions.add("review-amendments");
        }
        if (draft.stage() == Stage.IN_ACTION) {
            if (caller.is(Role.SECRETARIAT)) {
                actions.add("order-the-vote");
                actions.add("vote-on-amendments");
            }
            if (AmendmentRules.mayRequestDivision(caller)) {
                actions.add("request-division");
            }
        }
        return actions;
    }
}
