package org.draftroom.amendment.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.draft.app.AllowedActions;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.store.DraftRecord;
import org.draftroom.security.Caller;
import org.draftroom.security.Role;

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
    private static final Set<String> PROPOSING = Set.of("CONSULTATIONS", "TABLED", "DEFERRED", "IN_ACTION");
    private final AmendmentStore amendments;

    AmendmentsSection(AmendmentStore amendments) {
        this.amendments = amendments;
    }

    @Override
    public String name() {
        return "amendments";
    }

    @Override
    public Object describe(DraftRecord draft, Caller caller) {
        Map<String, Long> counts = amendments.countsByStatus(draft.id());
        return Map.of("total", counts.values().stream().mapToLong(Long::longValue).sum(), "byStatus", counts);
    }

    @Override
    public List<String> of(DraftRecord draft, Caller caller) {
        List<String> actions = new ArrayList<>();
        if (caller.is(Role.DELEGATE) && PROPOSING.contains(draft.stage())) {
            actions.add("propose-amendment");
        }
        boolean facilitator = caller.is(Role.FACILITATOR) && caller.username().equals(draft.facilitator());
        if (("CONSULTATIONS".equals(draft.stage()) && (facilitator || caller.is(Role.SECRETARIAT)))
                || (Set.of("TABLED", "DEFERRED").contains(draft.stage()) && draft.hasMainSponsor(caller.memberState()))) {
            actions.add("review-amendments");
        }
        if ("IN_ACTION".equals(draft.stage())) {
            if (caller.is(Role.SECRETARIAT)) {
                actions.add("order-the-vote");
                actions.add("vote-on-amendments");
            }
            if (caller.is(Role.DELEGATE)) {
                actions.add("request-division");
            }
        }
        return actions;
    }
}
