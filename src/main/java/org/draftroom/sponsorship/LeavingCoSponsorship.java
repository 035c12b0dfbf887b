package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.sponsorship.model.CoSponsorshipPolicy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A delegate withdraws its own State's co-sponsorship, while the list is open, on the day given
 * (not before the draft's latest step, within its session), or undated when none is given.
 */
@Singleton
public class LeavingCoSponsorship {
    private final CoSponsorStore store;
    private final DraftStore drafts;
    private final DraftSteps steps;
    private final AuditTrail audit;
    private final DatingSteps dating;
    private final MemberStates memberStates;

    LeavingCoSponsorship(CoSponsorStore store, DraftStore drafts, DraftSteps steps, AuditTrail audit, DatingSteps dating,
                         MemberStates memberStates) {
        this.dating = dating;
        this.memberStates = memberStates;
        this.store = store;
        this.drafts = drafts;
        this.steps = steps;
        this.audit = audit;
    }

    /** The day the State left, as recorded; empty when no date was given. */
    @Transactional
    public Optional<LocalDate> leave(Caller caller, long draftId, String memberState, LocalDate on) {
        Draft draft = drafts.share(draftId);
        String state = memberState == null ? "" : memberState.trim().toUpperCase(Locale.ROOT);
        CoSponsorshipPolicy.checkLeavesForItsOwnState(caller, state);
        steps.check(LifecycleAction.LEAVE_CO_SPONSORSHIP, draft, caller);
        if (!store.remove(draftId, state)) {
            throw Refusal.notFound("Co-sponsorship", state + " of draft " + draftId);
        }
        Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "withdrawal of the co-sponsorship of "
                + memberStates.nameOf(state), on, null, Meetings.Kind.COMMITTEE, caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memberState", state);
        dated.ifPresent(d -> d.into(payload));
        audit.record(AuditEvent.by(caller, "cosponsorship.withdrawn", draftId, payload));
        return dated.map(DatingSteps.Dated::on);
    }
}
