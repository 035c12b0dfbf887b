package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.VotingOrder;
import org.draftroom.amendment.store.DivisionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.DraftStore;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    OrderingTheVote(DraftStore drafts, DocumentCache documents, ActionAgenda agenda, DivisionStore divisions, AuditTrail audit) {
        this.drafts = drafts;
        this.documents = documents;
        this.agenda = agenda;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** @param reordered true when the secretariat has set its own order */
    public record Order(long draftId, String stage, boolean reordered, List<VotingOrder.Item> items) {
    }

    @ReadOnly
    public Order order(long draftId) {
        DraftRecord draft = drafts.require(draftId);
        return order(draft);
    }

    @Transactional
    public Order reorder(Caller caller, long draftId, List<String> refs) {
        AmendmentRules.secretariatOnly(caller, "settles the order of voting");
        DraftRecord draft = drafts.lock(draftId);
        AmendmentRules.stageMustBe(draft.stage(), "IN_ACTION", "the order of voting is settled");
        Order proposed = order(draft);
        Set<String> known = new HashSet<>();
        proposed.items().forEach(i -> known.add(i.ref()));
        if (refs == null || refs.isEmpty()) {
            throw Refusal.unprocessable("order-missing", "Give the order as a list such as [\"A3\", \"A1\", \"D1\"]");
        }
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
        return new Order(draftId, draft.stage(), true, VotingOrder.reordered(proposed.items(), refs));
    }

    private Order order(DraftRecord draft) {
        List<VotingOrder.Item> proposed = VotingOrder.propose(documents.get(draft.id(), draft.currentVersion()),
                agenda.amendmentsToVote(draft.id()), divisions.forDraft(draft.id()));
        List<String> chosen = divisions.votingOrder(draft.id());
        return chosen.isEmpty() ? new Order(draft.id(), draft.stage(), false, proposed)
                : new Order(draft.id(), draft.stage(), true, VotingOrder.reordered(proposed, chosen));
    }
}
