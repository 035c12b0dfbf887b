package org.draftroom.amendment.action.app;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.action.model.VotingOrder;
import org.draftroom.amendment.store.DivisionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.lifecycle.store.Motions;

/**
 * The order of voting at action: proposed by the rules ({@link VotingOrder}), reordered by the
 * secretariat before voting if it so decides. Items already decided stay in the list with their
 * outcome (ADOPTED, REJECTED, MOOT; RETAINED or DELETED for a division).
 */
@Singleton
public class OrderingTheVote {
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final ActionAgenda agenda;
    private final DivisionStore divisions;
    private final AuditTrail audit;
    private final Motions motions;

    OrderingTheVote(DraftStore drafts, DocumentCache documents, ActionAgenda agenda, DivisionStore divisions, AuditTrail audit,
                    Motions motions) {
        this.motions = motions;
        this.drafts = drafts;
        this.documents = documents;
        this.agenda = agenda;
        this.divisions = divisions;
        this.audit = audit;
    }

    /**
     * @param reordered    true when the secretariat has set its own order of amendments and divisions
     * @param items        procedural motions ("M1"), amendments ("A3") and divisions ("D1"), then the proposal ("P")
     * @param descriptions what each item is, as the Chair announces it: "the draft resolution A/C.3/80/L.20, as amended"
     */
    public record Order(long draftId, String stage, boolean reordered, List<VotingOrder.Item> items, Map<String, String> descriptions) {
    }

    @ReadOnly
    public Order order(long draftId) {
        Draft draft = drafts.require(draftId);
        return order(draft);
    }

    /** The order as it stands, read inside the caller's transaction. */
    Order orderInTransaction(long draftId) {
        return order(drafts.require(draftId));
    }

    @Transactional
    public Order reorder(Caller caller, long draftId, List<String> refs) {
        AmendmentRules.secretariatOnly(caller, "settles the order of voting");
        Draft draft = drafts.lock(draftId);
        AmendmentRules.stageMustBe(draft.stage(), Stage.IN_ACTION, "the order of voting is settled");
        Order proposed = order(draft);
        Set<String> known = new HashSet<>();
        proposed.items().forEach(i -> known.add(i.ref()));
        if (refs == null || refs.isEmpty()) {
            throw Refusal.unprocessable("order-missing", "Give the order as a list such as [\"A3\", \"A1\", \"D1\"]");
        }
        refs = refs.stream().filter(r -> r != null && !r.equals(VotingOrder.PROPOSAL) && !r.matches("M\\d+")).toList();
        Set<String> seen = new HashSet<>();
        for (String ref : refs) {
            if (!known.contains(ref) || !seen.add(ref)) {
                throw Refusal.unprocessable("unknown-item", "'" + ref + "' is not an item to vote on, or appears twice; items: " + known)
                        .with("item", String.valueOf(ref));
            }
        }
        divisions.saveVotingOrder(draftId, refs, caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("order", List.copyOf(refs));
        audit.record(AuditEvent.by(caller, "voting-order.set", draftId, payload));
        return order(drafts.require(draftId));
    }

    private Order order(Draft draft) {
        List<VotingOrder.Item> proposed = VotingOrder.propose(documents.get(draft.id(), draft.currentVersion()),
                agenda.amendmentsToVote(draft.id()), divisions.forDraft(draft.id()));
        List<String> chosen = divisions.votingOrder(draft.id());
        List<VotingOrder.Item> votes = chosen.isEmpty() ? proposed : VotingOrder.reordered(proposed, chosen);
        Map<String, String> descriptions = new LinkedHashMap<>();
        Motions.AtAction atAction = motions.atAction(draft.id());
        List<VotingOrder.Item> motionItems = atAction.motions().stream().map(m -> {
            descriptions.put(m.ref(), "the motion" + (m.memberState() == null ? "" : " of " + m.memberState())
                    + " that no action be taken on the draft resolution (rule 116)");
            return VotingOrder.motion(m.number(), m.status());
        }).toList();
        String proposal = proposal(draft, atAction.versionKinds());
        descriptions.put(VotingOrder.PROPOSAL, proposal);
        List<VotingOrder.Item> items = VotingOrder.withMotionsAndProposal(motionItems, votes, proposalStatus(draft.stage()));
        return new Order(draft.id(), draft.stage().name(), !chosen.isEmpty(), items, descriptions);
    }

    /** "the draft resolution A/C.3/80/L.20, as orally revised and as amended". */
    private static String proposal(Draft draft, Set<String> kinds) {
        String base = "the draft resolution" + (draft.symbol() == null || draft.symbol().startsWith("A/RES/") ? "" : " " + draft.symbol());
        boolean oral = kinds.contains(VersionKind.ORALLY_REVISED.name());
        boolean amended = kinds.contains(VersionKind.AMENDED.name());
        return base + (oral && amended ? ", as orally revised and as amended" : oral ? ", as orally revised" : amended ? ", as amended" : "");
    }

    private static String proposalStatus(Stage stage) {
        return switch (stage) {
            case APPROVED_BY_COMMITTEE, REPORTED, ADOPTED, REJECTED_IN_PLENARY -> AmendmentStatus.ADOPTED.name();
            case REJECTED_BY_COMMITTEE -> AmendmentStatus.REJECTED.name();
            case NO_ACTION -> Stage.NO_ACTION.name();
            case WITHDRAWN -> AmendmentStatus.WITHDRAWN.name();
            default -> AmendmentStatus.PENDING.name();
        };
    }
}
