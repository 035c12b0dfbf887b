package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.CoSponsorship;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.shared.Caller;

import java.util.LinkedHashMap;
import java.util.Map;

/** The main sponsors withdraw the draft before action is taken on it (rule 122); the process ends. */
@Singleton
public class WithdrawingDraft {
    private final DraftSteps steps;
    private final CoSponsorship coSponsors;
    private final DatingSteps dating;

    WithdrawingDraft(DraftSteps steps, CoSponsorship coSponsors, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.coSponsors = coSponsors;
    }

    @Transactional
    public Draft withdraw(Caller caller, long draftId, String ifMatch, java.time.LocalDate date) {
        Draft draft = steps.begin(LifecycleAction.WITHDRAW, draftId, ifMatch, caller);
        DatingSteps.Dated dated = dating.date(draftId, "withdrawal", date, caller.username());
        coSponsors.closeWithStep(draftId, Stage.WITHDRAWN.name());
        Draft withdrawn = steps.move(draft, Stage.WITHDRAWN, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memberState", caller.memberState());
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("stageBefore", draft.stage().name());
        dated.into(payload);
        steps.record(caller, "draft.withdrawn", draftId, payload);
        return withdrawn;
    }
}
