package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.model.ProposedOperation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentNumbers;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A delegation proposes an amendment for its State. One transaction of a handful of statements:
 * the draft, the footprints of the pending amendments that may compete with it (to say which do),
 * the insert (with its number, co-sponsors and footprints), the audit entry. The text itself comes
 * from memory when it can. Nothing about competition is stored: proposals do not wait for each
 * other, and who competes with whom is found from the footprints when asked
 * ({@link CompetingAmendments}). The answer and the audit entry name the competitors the proposal
 * found when it was made; two proposals made at the same moment may not see each other there,
 * while the list and each amendment always show both.
 */
@Singleton
public class ProposingAmendment {
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final CompetingAmendments competing;
    private final AmendmentNumbers numbers;
    private final MemberStates memberStates;
    private final AuditTrail audit;
    private final DatingSteps dating;

    ProposingAmendment(DraftStore drafts, DocumentCache documents, AmendmentStore amendments, CompetingAmendments competing,
                       AmendmentNumbers numbers, MemberStates memberStates, AuditTrail audit, DatingSteps dating) {
        this.dating = dating;
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
        this.competing = competing;
        this.numbers = numbers;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    /**
     * @param againstVersion the version the quotes refer to; the current one when null
     * @param amends         for a sub-amendment, the number of the pending amendment it amends
     */
    /**
     * @param date    the day the amendment was proposed (submitted in writing, or moved orally at a meeting); undated when null
     * @param meeting for an oral amendment, the meeting it was moved at ("50th meeting")
     */
    public record Proposal(Integer againstVersion, Integer amends, List<ProposedOperation> operations, String justification,
                           List<String> cosponsors, String onBehalfOf, LocalDate date, String meeting) {
        public Proposal(Integer againstVersion, Integer amends, List<ProposedOperation> operations, String justification,
                        List<String> cosponsors) {
            this(againstVersion, amends, operations, justification, cosponsors, null, null, null);
        }
    }

    /** "the Group of African States": free text, as the UN writes it ("on behalf of the Group of African States"). */
    static String group(String onBehalfOf) {
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            return null;
        }
        String g = onBehalfOf.strip().replaceAll("\\s+", " ");
        if (g.toLowerCase(java.util.Locale.ROOT).startsWith("on behalf of ")) {
            g = g.substring("on behalf of ".length()).strip();
        }
        if (g.isEmpty() || g.length() > 200 || g.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw Refusal.unprocessable("on-behalf-of", "Name the group in at most 200 characters, such as \"the Group of African States\"");
        }
        return g;
    }

    @Transactional
    public StoredAmendment propose(Caller caller, long draftId, Proposal proposal) {
        String state = AmendmentRules.proposerMustBeADelegate(caller);
        Draft draft = drafts.share(draftId);
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
        List<PlacedFootprint> own = PlacedFootprint.of(text, operations);
        List<Integer> competitors = competing.with(draftId, 0, proposal.amends(), own, text, current).stream()
                .map(CompetingAmendments.Competitor::number).distinct().toList();
        AmendmentStore.Inserted inserted = amendments.insert(numbers.sequenceFor(draftId), new AmendmentStore.NewAmendment(draftId,
                proposal.amends(), kind, caller.username(), state, cosponsors, current, operations, proposal.justification(), own));
        int number = inserted.number();
        String group = group(proposal.onBehalfOf());
        if (group != null) {
            amendments.onBehalfOf(inserted.id(), group);
        }
        Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "proposal of amendment " + number, proposal.date(),
                proposal.meeting(), Meetings.Kind.COMMITTEE, caller.username());
        dated.ifPresent(d -> amendments.proposedOn(inserted.id(), d.on(), d.meeting()));
        Amendment stored = new Amendment(inserted.id(), draftId, number, proposal.amends(), kind, null, AmendmentStatus.PENDING,
                caller.username(), state, cosponsors, current, operations, proposal.justification(), 0);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendment", number);
        payload.put("memberState", state);
        if (group != null) {
            payload.put("onBehalfOf", group);
        }
        payload.put("kind", kind.name());
        payload.put("version", current);
        payload.put("paragraphs", operations.stream().map(Operation::label).distinct().toList());
        if (against != current) {
            payload.put("proposedAgainstVersion", against);
        }
        if (proposal.amends() != null) {
            payload.put("amends", proposal.amends());
        }
        if (!competitors.isEmpty()) {
            payload.put("competesWith", competitors);
        }
        dated.ifPresent(d -> d.into(payload));
        audit.record(AuditEvent.by(caller, "amendment.proposed", draftId, payload));
        StoredAmendment.Days days = dated.map(d -> new StoredAmendment.Days(d.on(), d.meeting(), null, null))
                .orElse(StoredAmendment.Days.NONE);
        return new StoredAmendment(stored, against, null, null, null, null, null, OffsetDateTime.now(), competitors, group, days);
    }

    /**
     * A proposal names only its own State: another State appears as co-sponsor only when its own
     * delegate joins the amendment ({@link JoiningAmendment}). Naming the proposer itself is harmless.
     */
    private List<String> cosponsors(List<String> codes, String own) {
        if (codes == null) {
            return List.of();
        }
        Set<String> others = new LinkedHashSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            memberStates.byCode(c).filter(s -> !s.observer()).orElseThrow(() -> Refusal.unprocessable("unknown-member-state",
                    "'" + code + "' is not the code of a Member State").with("memberState", String.valueOf(code)));
            if (!c.equals(own)) {
                others.add(c);
            }
        }
        if (!others.isEmpty()) {
            throw Refusal.unprocessable("co-sponsor-consent", "A proposal cannot name other States as co-sponsors ("
                    + String.join(", ", others) + "): each State's own delegate joins the amendment once it is proposed "
                    + "(POST /api/drafts/{id}/amendments/{number}/cosponsors)").with("memberStates", List.copyOf(others));
        }
        return List.of();
    }
}
