package org.draftroom.amendment.store;

import org.draftroom.amendment.model.Amendment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An amendment with what the database knows around it: the version it was proposed against, the
 * decision taken on it, and the pending amendments it competes with (found from their footprints
 * when asked for; empty as read from the store), and the procedural days it was proposed and decided
 * on where the record gives them ({@code createdAt} and {@code decidedAt} are when they were recorded).
 */
public record StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                              OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt,
                              List<Integer> competesWith, String onBehalfOf, Days days) {

    /** The days (and meetings) of the proposal and of the decision, each null when not recorded. */
    public record Days(LocalDate proposedOn, String proposedMeeting, LocalDate decidedOn, String decidedMeeting) {
        public static final Days NONE = new Days(null, null, null, null);
    }

    /** Without recorded days. */
    public StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                           OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt, List<Integer> competesWith,
                           String onBehalfOf) {
        this(amendment, baseVersion, decision, decisionReason, decidedBy, decidedAt, resultVersion, createdAt, competesWith, onBehalfOf,
                Days.NONE);
    }

    /** As read before groups could be named: on behalf of no group. */
    public StoredAmendment(Amendment amendment, int baseVersion, String decision, String decisionReason, String decidedBy,
                           OffsetDateTime decidedAt, Integer resultVersion, OffsetDateTime createdAt, List<Integer> competesWith) {
        this(amendment, baseVersion, decision, decisionReason, decidedBy, decidedAt, resultVersion, createdAt, competesWith, null);
    }

    /** The same amendment, competing with these pending amendments. */
    public StoredAmendment competingWith(List<Integer> numbers) {
        return new StoredAmendment(amendment, baseVersion, decision, decisionReason, decidedBy, decidedAt, resultVersion, createdAt,
                List.copyOf(numbers), onBehalfOf, days);
    }
}
