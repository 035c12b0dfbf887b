package org.draftroom.amendment.store;

import org.draftroom.amendment.model.Amendment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An amendment with what the database knows around it: the version it was proposed against, the
 * decision taken on it, and the pending amendments it competes with (found from their footprints
 * when asked for; empty as read from the store).
 */
public record StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                              OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt,
                              List<Integer> competesWith, String onBehalfOf) {

    /** As read before groups could be named: on behalf of no group. */
    public StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                           OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt, List<Integer> competesWith) {
        this(amendment, baseVersion, decision, decisionReason, decidedBy, decidedAt, resultVersion, createdAt, competesWith, null);
    }

    /** The same amendment, competing with these pending amendments. */
    public StoredAmendment competingWith(List<Integer> numbers) {
        return new StoredAmendment(amendment, baseVersion, decision, decisionReason, decidedBy, decidedAt, resultVersion, createdAt,
                List.copyOf(numbers), onBehalfOf);
    }
}
