package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.sponsorship.model.CoSponsorshipPolicy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A delegate adds its own State as a co-sponsor, from the moment the draft exists until the
 * Committee takes action or the list's deadline. Joins of many States run side by side (a shared
 * lock on the draft's row); two delegates of one State give one co-sponsorship (the primary key),
 * and only the one that added it is audited.
 */
@Singleton
public class JoiningAsCoSponsor {
    private final CoSponsorStore store;
    private final DraftStore drafts;
    private final DraftSteps steps;
    private final MemberStates memberStates;
    private final AuditTrail audit;
    private final DatingSteps dating;

    JoiningAsCoSponsor(CoSponsorStore store, DraftStore drafts, DraftSteps steps, MemberStates memberStates, AuditTrail audit,
                       DatingSteps dating) {
        this.dating = dating;
        this.store = store;
        this.drafts = drafts;
        this.steps = steps;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    /** Answers whether this call added the State (false: it was a co-sponsor already); joined today. */
    @Transactional
    public boolean join(Caller caller, long draftId) {
        return join(caller, draftId, null);
    }

    /** Answers whether this call added the State (false: it was a co-sponsor already); {@code on} null for today. */
    @Transactional
    public boolean join(Caller caller, long draftId, LocalDate on) {
        Draft draft = drafts.share(draftId);
        steps.check(LifecycleAction.JOIN_CO_SPONSORSHIP, draft, caller);
        CoSponsorshipPolicy.checkMayBeSponsor(memberStates.byCode(caller.memberState()).map(s -> !s.observer()).orElse(false));
        boolean afterTabling = CoSponsorshipPolicy.joinsAfterTabling(draft.stage());
        String step = "co-sponsorship of " + memberStates.nameOf(caller.memberState());
        LocalDate joinedOn = dating.check(draftId, step, on);
        boolean added = store.add(draftId, caller.memberState(), caller.username(), afterTabling, joinedOn);
        if (added) {
            dating.record(draftId, step, joinedOn, caller.username());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("memberState", caller.memberState());
            payload.put("afterTabling", afterTabling);
            payload.put("date", joinedOn.toString());
            audit.record(AuditEvent.by(caller, "cosponsorship.joined", draftId, payload));
        }
        return added;
    }
}
