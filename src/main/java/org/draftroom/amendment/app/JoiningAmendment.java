package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.store.AmendmentCoSponsorStore;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.List;
import java.util.Map;

/**
 * A delegation joins a pending amendment as co-sponsor, or leaves it, for its own State only:
 * no State is named on an amendment without its own delegate's consent.
 */
@Singleton
public class JoiningAmendment {
    private final DraftStore drafts;
    private final AmendmentStore amendments;
    private final AmendmentCoSponsorStore cosponsors;
    private final MemberStates memberStates;
    private final AuditTrail audit;

    JoiningAmendment(DraftStore drafts, AmendmentStore amendments, AmendmentCoSponsorStore cosponsors, MemberStates memberStates,
                     AuditTrail audit) {
        this.drafts = drafts;
        this.amendments = amendments;
        this.cosponsors = cosponsors;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    @Transactional
    public List<String> join(Caller caller, long draftId, int number) {
        String state = ownState(caller);
        Amendment amendment = pending(draftId, number);
        if (state.equals(amendment.memberState())) {
            throw Refusal.conflict("already-proposer", state + " proposed " + amendment.reference() + "; it cannot also co-sponsor it");
        }
        if (cosponsors.add(amendment.id(), state)) {
            audit.record(AuditEvent.by(caller, "amendment.cosponsor-joined", draftId,
                    Map.of("amendment", number, "memberState", state)));
        }
        return current(draftId, number);
    }

    @Transactional
    public List<String> leave(Caller caller, long draftId, int number, String memberState) {
        String state = ownState(caller);
        if (!state.equalsIgnoreCase(memberState)) {
            throw Refusal.forbidden("A delegation withdraws only its own State's co-sponsorship, not " + memberState + "'s");
        }
        Amendment amendment = pending(draftId, number);
        if (cosponsors.remove(amendment.id(), state)) {
            audit.record(AuditEvent.by(caller, "amendment.cosponsor-left", draftId,
                    Map.of("amendment", number, "memberState", state)));
        }
        return current(draftId, number);
    }

    private String ownState(Caller caller) {
        if (caller.memberState() == null) {
            throw Refusal.forbidden("Only a delegate co-sponsors an amendment, for its own State");
        }
        memberStates.byCode(caller.memberState()).filter(s -> !s.observer())
                .orElseThrow(() -> Refusal.forbidden("Only Member States co-sponsor amendments"));
        return caller.memberState();
    }

    private Amendment pending(long draftId, int number) {
        drafts.share(draftId);
        Amendment amendment = amendments.find(draftId, number)
                .orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId)).amendment();
        AmendmentRules.mustBePending(amendment);
        return amendment;
    }

    private List<String> current(long draftId, int number) {
        return amendments.find(draftId, number).orElseThrow().amendment().cosponsors();
    }
}
