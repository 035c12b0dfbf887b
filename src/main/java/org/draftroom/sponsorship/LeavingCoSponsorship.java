package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.ActionPolicy;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.Locale;
import java.util.Map;

/** A delegate withdraws its own State's co-sponsorship, while the list is open. */
@Singleton
public class LeavingCoSponsorship {
    private final CoSponsorStore store;
    private final DraftStore drafts;
    private final DraftSteps steps;
    private final AuditTrail audit;

    LeavingCoSponsorship(CoSponsorStore store, DraftStore drafts, DraftSteps steps, AuditTrail audit) {
        this.store = store;
        this.drafts = drafts;
        this.steps = steps;
        this.audit = audit;
    }

    @Transactional
    public void leave(Caller caller, long draftId, String memberState) {
        Draft draft = drafts.share(draftId);
        String state = memberState == null ? "" : memberState.trim().toUpperCase(Locale.ROOT);
        if (!caller.actsFor(state)) {
            throw Refusal.forbidden("A delegate withdraws only its own State's co-sponsorship.");
        }
        ActionPolicy.check(LifecycleAction.LEAVE_CO_SPONSORSHIP, steps.facts(draft), caller);
        if (!store.remove(draftId, state)) {
            throw Refusal.notFound("Co-sponsorship", state + " of draft " + draftId);
        }
        audit.record(AuditEvent.by(caller, "cosponsorship.withdrawn", draftId, Map.of("memberState", state)));
    }
}
