package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    private final DatingSteps dating;

    /** The draft as set, and the day the deadline was set when one was given. */
    public record Set(Draft draft, Optional<DatingSteps.Dated> dated) {
    }

    SettingCoSponsorshipDeadline(DraftSteps steps, CoSponsorStore store, DraftStore drafts, DraftProcess process, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.store = store;
        this.drafts = drafts;
        this.process = process;
    }

    /**
     * {@code on}: the day the secretariat set the deadline, checked like any step (the deadline itself
     * is a moment still to come, so never before it); null leaves the step undated.
     */
    @Transactional
    public Set set(Caller caller, long draftId, String ifMatch, OffsetDateTime deadline, LocalDate on) {
        Draft draft = steps.begin(LifecycleAction.SET_CO_SPONSORSHIP_DEADLINE, draftId, ifMatch, caller);
        if (deadline == null || !deadline.isAfter(OffsetDateTime.now())) {
            throw Refusal.unprocessable("deadline-not-ahead", "The deadline must be a moment still to come, such as 2025-11-14T18:00:00-05:00");
        }
        Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "co-sponsorship deadline", on, null,
                Meetings.Kind.COMMITTEE, caller.username());
        store.setDeadline(draftId, deadline);
        process.coSponsorshipChanged(draft);
        drafts.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deadline", deadline.toString());
        dated.ifPresent(d -> d.into(payload));
        steps.record(caller, "cosponsorship.deadline-set", draftId, payload);
        return new Set(steps.reload(draftId), dated);
    }
}
