package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.DraftStore;
import org.draftroom.lifecycle.ActionPolicy;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Stage;
import org.draftroom.lifecycle.app.DraftSteps;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;

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

    JoiningAsCoSponsor(CoSponsorStore store, DraftStore drafts, DraftSteps steps, MemberStates memberStates, AuditTrail audit) {
        this.store = store;
        this.drafts = drafts;
        this.steps = steps;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    /** Answers whether this call added the State (false: it was a co-sponsor already). */
    @Transactional
    public boolean join(Caller caller, long draftId) {
        store.stageSharedLock(draftId).orElseThrow(() -> Refusal.notFound("Draft", draftId));
        DraftRecord draft = drafts.require(draftId);
        ActionPolicy.check(LifecycleAction.JOIN_CO_SPONSORSHIP, steps.facts(draft), caller);
        if (memberStates.byCode(caller.memberState()).map(MemberState::observer).orElse(true)) {
            throw Refusal.forbidden("Only Member States sponsor draft resolutions.");
        }
        boolean afterTabling = DraftSteps.stageOf(draft) != Stage.CONSULTATIONS;
        boolean added = store.add(draftId, caller.memberState(), caller.username(), afterTabling);
        if (added) {
            audit.record(AuditEvent.by(caller, "cosponsorship.joined", draftId,
                    Map.of("memberState", caller.memberState(), "afterTabling", afterTabling)));
        }
        return added;
    }
}
