package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Competition;
import org.draftroom.amendment.model.CompetitionLocks;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.model.ProposedOperation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentNumbers;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.CompetitionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.PendingFootprint;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A delegation proposes an amendment for its State. One transaction of a handful of statements:
 * the draft, the locks that make proposals which may compete take turns, the footprints of the
 * pending amendments that may compete with it, the insert (with its number, co-sponsors, footprints
 * and competition links), the audit entry. The text itself comes from memory when it can.
 */
@Singleton
public class ProposingAmendment {
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final CompetitionStore competition;
    private final AmendmentNumbers numbers;
    private final FootprintCache footprints;
    private final MemberStates memberStates;
    private final AuditTrail audit;

    ProposingAmendment(DraftStore drafts, DocumentCache documents, AmendmentStore amendments, CompetitionStore competition,
                       AmendmentNumbers numbers, FootprintCache footprints, MemberStates memberStates, AuditTrail audit) {
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
        this.competition = competition;
        this.numbers = numbers;
        this.footprints = footprints;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    /**
     * @param againstVersion the version the quotes refer to; the current one when null
     * @param amends         for a sub-amendment, the number of the pending amendment it amends
     */
    public record Proposal(Integer againstVersion, Integer amends, List<ProposedOperation> operations, String justification,
                           List<String> cosponsors) {
    }

    @Transactional
    public StoredAmendment propose(Caller caller, long draftId, Proposal proposal) {
        String state = AmendmentRules.proposerMustBeADelegate(caller);
        DraftRecord draft = drafts.share(draftId);
        AmendmentKind kind = AmendmentRules.kindForStage(draft.stage());
        AmendmentAdmissibility.justificationMustBeShortAndClean(proposal.justification());
        List<String> cosponsors = cosponsors(proposal.cosponsors(), state);
        int current = draft.currentVersion();
        int against = proposal.againstVersion() == null ? current : proposal.againstVersion();
        if (against < 1 || against > current) {
            throw Refusal.unprocessable("unknown-version", "Draft " + draftId + " has versions 1 to " + current + ", not " + against);
        }
        Document text = documents.get(draftId, current);
        Document base = against == current ? text : documents.get(draftId, against);
        List<Operation> operations = AmendmentAdmissibility.admit(base, proposal.operations());
        if (against != current) {
            operations = ReAnchoring.reAnchor(base, text, operations);
        }
        if (proposal.amends() != null) {
            StoredAmendment parent = amendments.find(draftId, proposal.amends())
                    .orElseThrow(() -> Refusal.notFound("Amendment", proposal.amends() + " of draft " + draftId));
            AmendmentRules.mustBePending(parent.amendment());
            if (parent.amendment().isSubAmendment()) {
                throw Refusal.unprocessable("sub-sub-amendment", "A sub-amendment cannot itself be amended");
            }
        }
        List<Footprint> own = Competition.footprints(text, operations);
        competition.lockForCompetition(draftId, CompetitionLocks.of(own));
        List<PlacedFootprint> placed = PlacedFootprint.place(text, own);
        Competitors competitors = competitors(draftId, proposal.amends(), own, placed, text, current);
        AmendmentStore.Inserted inserted = amendments.insert(numbers.sequenceFor(draftId), new AmendmentStore.NewAmendment(draftId,
                proposal.amends(), kind, caller.username(), state, cosponsors, current, operations,
                proposal.justification(), placed, competitors.numbers(), competitors.paragraphs()));
        int number = inserted.number();
        Amendment stored = new Amendment(inserted.id(), draftId, number, proposal.amends(), kind, null, AmendmentStatus.PENDING,
                caller.username(), state, cosponsors, current, operations, proposal.justification(), 0);
        List<Integer> competing = competitors.numbers().stream().distinct().sorted().toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendment", number);
        payload.put("memberState", state);
        payload.put("kind", kind.name());
        payload.put("version", current);
        payload.put("paragraphs", operations.stream().map(Operation::label).distinct().toList());
        if (against != current) {
            payload.put("proposedAgainstVersion", against);
        }
        if (proposal.amends() != null) {
            payload.put("amends", proposal.amends());
        }
        if (!competing.isEmpty()) {
            payload.put("competesWith", competing);
        }
        audit.record(AuditEvent.by(caller, "amendment.proposed", draftId, payload));
        return new StoredAmendment(stored, against, null, null, null, null, null, OffsetDateTime.now(), competing);
    }

    /** Pending amendments competing with the proposal, as pairs (number, paragraph id). */
    private record Competitors(List<Integer> numbers, List<String> paragraphs) {
    }

    /** A pending amendment competing with the proposal on one paragraph. */
    private record Competitor(int number, String paragraphId) {
    }

    /**
     * Who competes with the proposal. The database hands over only the footprints that may compete;
     * those taken on the same paragraph text are decided at once, and the few amendments whose
     * paragraph changed since they were anchored are placed again on the current text.
     */
    private Competitors competitors(long draftId, Integer amends, List<Footprint> own, List<PlacedFootprint> placed, Document text,
                                    int current) {
        Set<Competitor> pairs = new LinkedHashSet<>();
        Set<Integer> elsewhere = new TreeSet<>();
        for (PendingFootprint other : competition.footprintsThatMayCompete(draftId, placed)) {
            if (amends != null && other.number() == amends) {
                continue;
            }
            if (!other.sameText()) {
                elsewhere.add(other.number());
                continue;
            }
            for (Footprint mine : own) {
                if (mine.competesWith(other.footprint())) {
                    pairs.add(new Competitor(other.number(), mine.paragraph().value()));
                }
            }
        }
        if (!elsewhere.isEmpty()) {
            for (StoredAmendment pending : amendments.pendingWithNumbers(draftId, elsewhere)) {
                Amendment other = pending.amendment();
                for (ParagraphId p : Competition.between(footprints.of(other, text, current), own)) {
                    pairs.add(new Competitor(other.number(), p.value()));
                }
            }
        }
        return new Competitors(pairs.stream().map(Competitor::number).toList(), pairs.stream().map(Competitor::paragraphId).toList());
    }

    private List<String> cosponsors(List<String> codes, String own) {
        if (codes == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            memberStates.byCode(c).filter(s -> !s.observer()).orElseThrow(() -> Refusal.unprocessable("unknown-member-state",
                    "'" + code + "' is not the code of a Member State").with("memberState", String.valueOf(code)));
            if (!c.equals(own)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }
}
