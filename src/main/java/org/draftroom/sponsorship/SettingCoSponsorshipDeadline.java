package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The secretariat closes the list of co-sponsors early, at a deadline: the process's timer
 * (re-armed whenever the deadline changes) closes the list when it comes.
 */
@Singleton
public class SettingCoSponsorshipDeadline {
    private final DraftSteps steps;
    private final CoSponsorStore store;
    private final DraftStore drafts;
    private final DraftProcess process;

    SettingCoSponsorshipDeadline(DraftSteps steps, CoSponsorStore store, DraftStore drafts, DraftProcess process) {
        this.steps = steps;
        this.store = store;
        this.drafts = drafts;
        this.process = process;
    }

    @Transactional
    public Draft set(Caller caller, long draftId, String ifMatch, OffsetDateTime deadline) {
        Draft draft = steps.begin(LifecycleAction.SET_CO_SPONSORSHIP_DEADLINE, draftId, ifMatch, caller);
        if (deadline == null || !deadline.isAfter(OffsetDateTime.now())) {
            throw Refusal.unprocessable("deadline-not-ahead", "The deadline must be a moment still to come, such as 2025-11-14T18:00:00-05:00");
        }
        store.setDeadline(draftId, deadline);
        process.coSponsorshipChanged(draft);
        drafts.touch(draftId);
        steps.record(caller, "cosponsorship.deadline-set", draftId, Map.of("deadline", deadline.toString()));
        return steps.reload(draftId);
    }
}
