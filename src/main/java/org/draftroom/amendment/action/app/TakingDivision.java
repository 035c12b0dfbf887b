package org.draftroom.amendment.action.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.action.model.Division;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DivisionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.voting.DecisionStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.store.ProcedureRecords;

/**
 * A request for division (rule 129): a delegation asks for a separate vote on one paragraph; the
 * secretariat records it; the paragraph is retained or, if the vote goes against it, deleted from
 * the text "as amended". Voted after the amendments, before the draft as a whole.
 */
@Singleton
public class TakingDivision {
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final DivisionStore divisions;
    private final DecisionStore decisions;
    private final ActionAgenda agenda;
    private final MemberStates memberStates;
    private final AuditTrail audit;
    private final VotingSequence sequence;
    private final DatingSteps dating;
    private final ProcedureRecords records;

    TakingDivision(DraftStore drafts, DocumentCache documents, AmendmentStore amendments, DivisionStore divisions,
                   DecisionStore decisions, ActionAgenda agenda, MemberStates memberStates, AuditTrail audit,
                   VotingSequence sequence, DatingSteps dating, ProcedureRecords records) {
        this.sequence = sequence;
        this.dating = dating;
        this.records = records;
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
        this.divisions = divisions;
        this.decisions = decisions;
        this.agenda = agenda;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    /** {@code on}, {@code meeting}: the day (and meeting) the division was requested; undated when no day is given. */
    @Transactional
    public Division request(Caller caller, long draftId, String paragraph, java.time.LocalDate on, String meeting) {
        if (!AmendmentRules.mayRequestDivision(caller)) {
            throw Refusal.forbidden("A delegation requests a division; the secretariat may record the request");
        }
        Draft draft = drafts.lock(draftId);
        AmendmentRules.stageMustBe(draft.stage(), Stage.IN_ACTION, "a division is requested");
        Document text = documents.get(draftId, draft.currentVersion());
        Paragraph p = AmendmentAdmissibility.paragraphMustExist(text, paragraph);
        String label = text.labelOf(p.id());
        boolean already = divisions.forDraft(draftId).stream().anyMatch(d -> d.isOpen() && d.paragraph().equals(p.id()));
        if (already) {
            throw Refusal.conflict("division-requested", "A separate vote on " + label + " is already requested").with("paragraph", label);
        }
        java.util.Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "request for a separate vote on " + label, on,
                meeting, Meetings.Kind.COMMITTEE, caller.username());
        java.time.LocalDate requestedOn = dated.map(DatingSteps.Dated::on).orElse(null);
        String requestedAt = dated.map(DatingSteps.Dated::meeting).orElse(null);
        int number = amendments.nextNumber(draftId, true);
        long id = divisions.insert(draftId, number, p.id(), label, caller.username(), caller.memberState(), requestedOn, requestedAt);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("division", number);
        payload.put("paragraph", label);
        if (caller.memberState() != null) {
            payload.put("memberState", caller.memberState());
        }
        dated.ifPresent(d -> d.into(payload));
        audit.record(AuditEvent.by(caller, "division.requested", draftId, payload));
        return new Division(id, draftId, number, p.id(), label, caller.username(), caller.memberState(), "PENDING", requestedOn,
                requestedAt);
    }

    @Transactional
    public Division vote(Caller caller, long draftId, int number, VoteRequest request) {
        AmendmentRules.secretariatOnly(caller, "records votes");
        Draft draft = drafts.lock(draftId);
        AmendmentRules.stageMustBe(draft.stage(), Stage.IN_ACTION, "a division is voted on");
        Division d = divisions.find(draftId, number).orElseThrow(() -> Refusal.notFound("Division", number + " of draft " + draftId));
        if (!d.isOpen()) {
            throw Refusal.conflict("division-decided", "The separate vote on " + d.label() + " was taken: " + d.status());
        }
        List<String> amendmentsFirst = agenda.undecided(draftId).stream().filter(r -> r.startsWith("A")).toList();
        if (!amendmentsFirst.isEmpty()) {
            throw Refusal.conflict("amendments-first", "Amendments " + amendmentsFirst + " are voted on before a division")
                    .with("amendments", amendmentsFirst);
        }
        VoteRequest.Outcome outcome = request.outcome(memberStates);
        Optional<String> outOfOrder = sequence.check(draftId, "D" + number, request.committeeDecision(), caller.username());
        DatingSteps.Dated dated = dating.date(draftId, "separate vote on " + d.label(), request.date(), request.meeting(),
                Meetings.Kind.COMMITTEE, false, caller.username());
        String status = outcome.decision().adopted() ? "RETAINED" : "DELETED";
        long decisionId = decisions.record(draftId, "DIVISION", d.label(), outcome.decision(), outcome.vote(), caller.username());
        records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, dated.meeting(), dated.on(), null));
        divisions.settle(d.id(), status);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("division", number);
        payload.put("paragraph", d.label());
        payload.putAll(outcome.payload());
        payload.put("outcome", status.toLowerCase());
        dated.into(payload);
        VotingSequence.putInto(payload, outOfOrder);
        Integer asAmended = agenda.asAmendedIfComplete(draft, caller.username());
        if (asAmended != null) {
            payload.put("version", asAmended);
        }
        audit.record(AuditEvent.by(caller, "vote.recorded", draftId, payload));
        return d.settled(status);
    }
}
