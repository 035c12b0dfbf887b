package org.draftroom.amendment.action.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Competition;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.voting.DecisionStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.store.ProcedureRecords;

/**
 * The secretariat records the Committee's vote on an amendment at action. An adopted amendment
 * makes the pending ones it contradicts moot; an adopted sub-amendment becomes the text of the
 * amendment it amends, which is voted next; after the last vote the version "as amended" is made.
 */
@Singleton
public class VotingOnAmendment {
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final DecisionStore decisions;
    private final ActionAgenda agenda;
    private final MemberStates memberStates;
    private final AuditTrail audit;
    private final VotingSequence sequence;
    private final DatingSteps dating;
    private final ProcedureRecords records;

    VotingOnAmendment(DraftStore drafts, DocumentCache documents, AmendmentStore amendments, DecisionStore decisions,
                      ActionAgenda agenda, MemberStates memberStates, AuditTrail audit, VotingSequence sequence,
                      DatingSteps dating, ProcedureRecords records) {
        this.sequence = sequence;
        this.dating = dating;
        this.records = records;
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
        this.decisions = decisions;
        this.agenda = agenda;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    @Transactional
    public StoredAmendment vote(Caller caller, long draftId, int number, VoteRequest request) {
        AmendmentRules.secretariatOnly(caller, "records votes");
        Draft draft = drafts.lock(draftId);
        AmendmentRules.stageMustBe(draft.stage(), Stage.IN_ACTION, "amendments are put to the vote");
        Amendment a = amendments.find(draftId, number).orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId))
                .amendment();
        if (a.kind() == AmendmentKind.INFORMAL) {
            throw Refusal.conflict("informal-proposal", a.reference() + " was an informal proposal in consultations; it is not voted on");
        }
        AmendmentRules.mustBePending(a);
        List<StoredAmendment> pending = amendments.byStatus(draftId, List.of(AmendmentStatus.PENDING));
        List<Integer> subsFirst = pending.stream().map(StoredAmendment::amendment)
                .filter(s -> s.isSubAmendment() && s.parentNumber() == number).map(Amendment::number).toList();
        if (!subsFirst.isEmpty()) {
            throw Refusal.conflict("sub-amendments-first", "Sub-amendments " + subsFirst + " to " + a.reference()
                    + " are voted on before it").with("amendments", subsFirst);
        }
        VoteRequest.Outcome outcome = request.outcome(memberStates);
        Optional<String> outOfOrder = sequence.check(draftId, "A" + number, request.committeeDecision(), caller.username());
        DatingSteps.Dated dated = dating.date(draftId, "vote on " + a.reference(), request.date(), request.meeting(),
                Meetings.Kind.COMMITTEE, false, caller.username());
        boolean adopted = outcome.decision().adopted();
        long decisionId = decisions.record(draftId, "AMENDMENT", a.reference(), outcome.decision(), outcome.vote(), caller.username());
        records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, dated.meeting(), dated.on(), null));
        if (!amendments.decide(a.id(), a.rowVersion(), adopted ? AmendmentStatus.ADOPTED : AmendmentStatus.REJECTED,
                outcome.decision().describe(), null, caller.username(), null, null)) {
            throw Refusal.conflict("amendment-changed", a.reference() + " was changed by someone else meanwhile");
        }
        amendments.decidedOn(a.id(), dated.on(), dated.meeting());
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("amendment", a.reference());
        payload.put("memberState", a.memberState());
        payload.putAll(outcome.payload());
        dated.into(payload);
        VotingSequence.putInto(payload, outOfOrder);
        List<Integer> moot = new ArrayList<>();
        if (adopted) {
            Document text = documents.get(draftId, draft.currentVersion());
            if (a.isSubAmendment()) {
                Amendment parent = amendments.find(draftId, a.parentNumber()).orElseThrow().amendment();
                List<Operation> ops = a.operations();
                amendments.reAnchor(parent, a.anchoredVersion(), ops, PlacedFootprint.of(text, ops));
                payload.put("amends", parent.reference());
            }
            for (StoredAmendment s : pending) {
                Amendment other = s.amendment();
                boolean related = other.number() == a.number() || (a.isSubAmendment() && other.number() == a.parentNumber())
                        || (other.isSubAmendment() && other.parentNumber() == a.number());
                if (!related && other.kind() != AmendmentKind.INFORMAL && !Competition.between(text, a, other).isEmpty()) {
                    moot.add(other.number());
                }
            }
            amendments.close(draftId, moot, AmendmentStatus.MOOT, "made moot by the adoption of " + a.reference());
        }
        if (!moot.isEmpty()) {
            payload.put("moot", moot);
        }
        Integer asAmended = agenda.asAmendedIfComplete(drafts.require(draftId), caller.username());
        if (asAmended != null) {
            payload.put("version", asAmended);
        }
        audit.record(AuditEvent.by(caller, "amendment.voted", draftId, payload));
        return amendments.find(draftId, number).orElseThrow();
    }
}
