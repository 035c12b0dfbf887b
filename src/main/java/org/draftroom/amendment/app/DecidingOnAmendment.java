package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentApplication;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Competition;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.model.ProposedOperation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facilitator (in consultations) or the main sponsors (after tabling) accept, reject, or accept
 * with their own modification. Accepting produces the next version of the working text; pending
 * amendments that competed with it and can no longer be re-anchored become SUPERSEDED, so that
 * accepting them later is refused (409). Decisions on one draft take turns (the draft row is
 * locked) and each amendment changes only from the row version it was read at.
 */
@Singleton
public class DecidingOnAmendment {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final AuditTrail audit;
    private final DatingSteps dating;

    DecidingOnAmendment(DraftStore drafts, VersionStore versions, DocumentCache documents, AmendmentStore amendments, AuditTrail audit,
                        DatingSteps dating) {
        this.dating = dating;
        this.drafts = drafts;
        this.versions = versions;
        this.documents = documents;
        this.amendments = amendments;
        this.audit = audit;
    }

    public enum Verdict { ACCEPT, REJECT, ACCEPT_WITH_MODIFICATION }

    /**
     * @param ifMatch the client's If-Match header, or null
     * @param date    the day of the decision; undated when null
     */
    public record DecisionRequest(String decision, String reason, List<ProposedOperation> operations, String ifMatch, LocalDate date) {
    }

    @Transactional
    public StoredAmendment decide(Caller caller, long draftId, int number, DecisionRequest request) {
        Draft draft = drafts.lock(draftId);
        AmendmentRules.mayReview(draft, caller);
        StoredAmendment stored = amendments.find(draftId, number)
                .orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId));
        Amendment a = stored.amendment();
        AmendmentTags.mustMatch(request.ifMatch(), a);
        AmendmentRules.mustBePending(a);
        Verdict verdict = verdict(request.decision());
        if (request.reason() == null || request.reason().isBlank()) {
            throw Refusal.unprocessable("reason-missing", "Every decision on an amendment gives its reason");
        }
        AmendmentAdmissibility.textMustBeClean("reason", request.reason(), AmendmentAdmissibility.MAX_JUSTIFICATION);
        Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "decision on " + a.reference(), request.date(), null,
                Meetings.Kind.COMMITTEE, caller.username());
        dated.ifPresent(d -> amendments.decidedOn(a.id(), d.on(), null));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendment", a.reference());
        payload.put("memberState", a.memberState());
        payload.put("reason", request.reason());
        dated.ifPresent(d -> d.into(payload));
        if (verdict == Verdict.REJECT) {
            mustChange(amendments.decide(a.id(), a.rowVersion(), AmendmentStatus.REJECTED, "rejected", request.reason(),
                    caller.username(), null, null), a);
            payload.put("decision", "rejected");
            audit.record(AuditEvent.by(caller, "amendment.rejected", draftId, payload));
            return amendments.find(draftId, number).orElseThrow();
        }
        Document current = documents.get(draftId, draft.currentVersion());
        List<Operation> operations = verdict == Verdict.ACCEPT_WITH_MODIFICATION
                ? AmendmentAdmissibility.admit(current, request.operations())
                : ReAnchoring.reAnchor(documents.get(draftId, a.anchoredVersion()), current, a.operations());
        String decision = verdict == Verdict.ACCEPT ? "accepted" : "accepted with modification";
        payload.put("decision", decision);
        if (a.isSubAmendment()) {
            acceptIntoParent(draftId, a, operations, current, draft.currentVersion());
            mustChange(amendments.decide(a.id(), a.rowVersion(), AmendmentStatus.ACCEPTED, decision, request.reason(),
                    caller.username(), null, verdict == Verdict.ACCEPT_WITH_MODIFICATION ? operations : null), a);
            payload.put("amends", a.parentNumber());
            audit.record(AuditEvent.by(caller, "amendment.accepted", draftId, payload));
            return amendments.find(draftId, number).orElseThrow();
        }
        Document next = AmendmentApplication.apply(current, operations);
        DocumentLimits.checkMade(next, "The working text with amendment " + number + " folded in");
        int version = versions.append(draftId, "working text " + (draft.currentVersion() + 1), VersionKind.WORKING, next, caller.username());
        mustChange(amendments.decide(a.id(), a.rowVersion(), AmendmentStatus.ACCEPTED, decision, request.reason(), caller.username(),
                version, verdict == Verdict.ACCEPT_WITH_MODIFICATION ? operations : null), a);
        List<Integer> superseded = supersede(draftId, a, current, next, operations);
        payload.put("version", version);
        if (!superseded.isEmpty()) {
            payload.put("superseded", superseded);
        }
        audit.record(AuditEvent.by(caller, "amendment.accepted", draftId, payload));
        return amendments.find(draftId, number).orElseThrow();
    }

    /** Pending amendments on the same paragraphs that can no longer be carried over, and sub-amendments of this one. */
    private List<Integer> supersede(long draftId, Amendment accepted, Document before, Document after, List<Operation> operations) {
        List<Integer> superseded = new ArrayList<>();
        List<String> touched = Competition.paragraphIds(before, operations);
        for (StoredAmendment s : amendments.pendingTouching(draftId, touched)) {
            Amendment other = s.amendment();
            if (other.number() == accepted.number()) {
                continue;
            }
            if (other.isSubAmendment() && other.parentNumber() == accepted.number()) {
                superseded.add(other.number());
                continue;
            }
            try {
                ReAnchoring.reAnchor(documents.get(draftId, other.anchoredVersion()), after, other.operations());
            } catch (Refusal changed) {
                superseded.add(other.number());
            }
        }
        amendments.close(draftId, superseded, AmendmentStatus.SUPERSEDED, "competes with " + accepted.reference() + ", accepted");
        return superseded;
    }

    /** Accepting a sub-amendment folds it into the amendment it amends, which stays pending. */
    private void acceptIntoParent(long draftId, Amendment sub, List<Operation> operations, Document current, int version) {
        StoredAmendment parent = amendments.find(draftId, sub.parentNumber()).orElseThrow();
        AmendmentRules.mustBePending(parent.amendment());
        amendments.reAnchor(parent.amendment(), version, operations, PlacedFootprint.of(current, operations));
    }

    private static void mustChange(boolean changed, Amendment a) {
        if (!changed) {
            throw Refusal.conflict("amendment-changed", a.reference() + " was changed by someone else meanwhile")
                    .with("amendment", a.number());
        }
    }

    private static Verdict verdict(String decision) {
        try {
            return Verdict.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw Refusal.unprocessable("unknown-decision", "decision must be ACCEPT, REJECT or ACCEPT_WITH_MODIFICATION");
        }
    }
}
