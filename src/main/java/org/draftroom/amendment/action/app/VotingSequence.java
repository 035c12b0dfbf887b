package org.draftroom.amendment.action.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.action.model.VotingOrder;
import org.draftroom.lifecycle.store.Motions;
import org.draftroom.platform.database.Sql;
import org.draftroom.shared.Refusal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Votes are taken in the order of voting: a no-action motion first (rule 116), then the saved order
 * of amendments and divisions. A vote out of that order is refused, naming the item that comes
 * first, unless the secretariat records that the Committee decided otherwise; that decision is
 * kept in the record.
 */
@Singleton
class VotingSequence {
    private static final int MAX_DECISION = 1000;
    private final OrderingTheVote ordering;
    private final Motions motions;
    private final Sql sql;

    VotingSequence(OrderingTheVote ordering, Motions motions, Sql sql) {
        this.ordering = ordering;
        this.motions = motions;
        this.sql = sql;
    }

    /**
     * Checks that {@code ref} ("A3", "D1") may be voted on now; answers the Committee's decision to
     * vote out of order when there was one (to put in the audit payload).
     */
    Optional<String> check(long draftId, String ref, String committeeDecision, String by) {
        String decision = committeeDecision == null ? "" : committeeDecision.strip();
        if (decision.length() > MAX_DECISION) {
            throw Refusal.unprocessable("decision-too-long", "The Committee's decision takes at most " + MAX_DECISION + " characters");
        }
        Optional<String> first = motions.firstPending(draftId).map(Motions.Motion::ref);
        if (first.isEmpty()) {
            OrderingTheVote.Order order = ordering.orderInTransaction(draftId);
            if (order.reordered()) {
                first = firstPendingBefore(order.items(), ref);
            }
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (decision.isEmpty()) {
            throw Refusal.conflict("vote-out-of-order", first.get() + " comes before " + ref + " in the order of voting; vote on it"
                    + " first, or record the Committee's decision to vote otherwise (committeeDecision)")
                    .with("first", first.get()).with("item", ref);
        }
        sql.update("INSERT INTO voting_order_exception (draft_id, item, decision, recorded_by) VALUES (?, ?, ?, ?)",
                draftId, ref, decision, by);
        return Optional.of(decision);
    }

    static Optional<String> firstPendingBefore(List<VotingOrder.Item> items, String ref) {
        for (VotingOrder.Item item : items) {
            if (item.ref().equals(ref)) {
                return Optional.empty();
            }
            if (item.status().equals("PENDING") && (item.type().equals("AMENDMENT") || item.type().equals("DIVISION"))) {
                return Optional.of(item.ref());
            }
        }
        return Optional.empty();
    }

    static void putInto(Map<String, Object> payload, Optional<String> decision) {
        decision.ifPresent(d -> payload.put("committeeDecision", d));
    }
}
