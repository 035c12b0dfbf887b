package org.draftroom.amendment.store;

import org.draftroom.amendment.model.Amendment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An amendment with what the database knows around it: the version it was proposed against, the
 * decision taken on it, and the pending amendments it competes with.
 */
public record StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                              OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt,
                              List<Integer> competesWith) {
}
