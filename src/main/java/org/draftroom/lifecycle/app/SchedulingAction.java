package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.CoSponsorship;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

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
        private final CoSponsorship coSponsors;
    private final DraftProcess process;
    private final DatingSteps dating;

    SchedulingAction(DraftSteps steps, CoSponsorship coSponsors, DraftProcess process,
                     DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.coSponsors = coSponsors;
        this.process = process;
    }

    /**
     * Takes the draft's row lock: joins hold a shared lock on it, so a join either commits before
     * action opens or sees the new stage and is refused.
     */
    @Transactional
    public Draft open(Caller caller, long draftId, String ifMatch, LocalDate date, String meeting) {
        Draft draft = steps.begin(LifecycleAction.OPEN_ACTION, draftId, ifMatch, caller);
        DatingSteps.Dated dated = dating.date(draftId, "opening of action", date, meeting, Meetings.Kind.COMMITTEE, false,
                caller.username());
        boolean closed = coSponsors.closeWithStep(draftId, "ACTION");
        if (closed) {
            process.coSponsorshipChanged(draft);
        }
        Draft opened = steps.move(draft, Stage.IN_ACTION, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("coSponsorshipClosed", closed);
        payload.put("coSponsors", coSponsors.coSponsors(draftId).size());
        dated.into(payload);
        steps.record(caller, "action.opened", draftId, payload);
        return opened;
    }

    @Transactional
    public Draft defer(Caller caller, long draftId, String ifMatch, LocalDate until, String reason, LocalDate date,
                             String meeting) {
        Draft draft = steps.begin(LifecycleAction.DEFER, draftId, ifMatch, caller);
        if (reason != null && reason.length() > 2000) {
            throw Refusal.unprocessable("reason-too-long", "The reason for deferring takes at most 2,000 characters");
        }
        DatingSteps.Dated dated = dating.date(draftId, "deferral of action", date, meeting, Meetings.Kind.COMMITTEE, false,
                caller.username());
        if (until != null && until.isBefore(dated.on())) {
            throw Refusal.unprocessable("deferred-into-the-past", "Action deferred on " + dated.on() + " cannot be deferred to "
                    + until + ", an earlier day");
        }
        Draft deferred = steps.move(draft, Stage.DEFERRED, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("until", until == null ? "" : until.toString());
        payload.put("reason", reason == null ? "" : reason);
        payload.put("stageBefore", draft.stage().name());
        dated.into(payload);
        steps.record(caller, "action.deferred", draftId, payload);
        return deferred;
    }
}
