package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Stage;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.security.Caller;
import org.draftroom.sponsorship.ClosingCoSponsorship;
import org.draftroom.sponsorship.CoSponsorStore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat opens action on a draft (the list of co-sponsors closes) or defers it, for
 * instance after a statement of programme budget implications.
 */
@Singleton
public class SchedulingAction {
    private final DraftSteps steps;
    private final ClosingCoSponsorship closing;
    private final CoSponsorStore coSponsors;
    private final DraftProcess process;

    SchedulingAction(DraftSteps steps, ClosingCoSponsorship closing, CoSponsorStore coSponsors, DraftProcess process) {
        this.steps = steps;
        this.closing = closing;
        this.coSponsors = coSponsors;
        this.process = process;
    }

    /**
     * Takes the draft's row lock: joins hold a shared lock on it, so a join either commits before
     * action opens or sees the new stage and is refused.
     */
    @Transactional
    public DraftRecord open(Caller caller, long draftId, String ifMatch) {
        DraftRecord draft = steps.begin(LifecycleAction.OPEN_ACTION, draftId, ifMatch, caller);
        boolean closed = closing.withStep(draftId, "ACTION");
        if (closed) {
            process.coSponsorshipChanged(draft);
        }
        DraftRecord opened = steps.move(draft, Stage.IN_ACTION, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("coSponsorshipClosed", closed);
        payload.put("coSponsors", coSponsors.list(draftId).size());
        steps.record(caller, "action.opened", draftId, payload);
        return opened;
    }

    @Transactional
    public DraftRecord defer(Caller caller, long draftId, String ifMatch, LocalDate until, String reason) {
        DraftRecord draft = steps.begin(LifecycleAction.DEFER, draftId, ifMatch, caller);
        DraftRecord deferred = steps.move(draft, Stage.DEFERRED, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("date", until == null ? "" : until.toString());
        payload.put("reason", reason == null ? "" : reason);
        payload.put("stageBefore", draft.stage());
        steps.record(caller, "action.deferred", draftId, payload);
        return deferred;
    }
}
