package org.draftroom.audit;

import org.draftroom.platform.database.Sql;

import java.sql.Types;

/**
 * Queues one entry in the caller's transaction ({@code audit_queue}); the {@link AuditSealer}
 * chains it once that transaction has committed. The database builds the canonical content
 * exactly as {@link org.draftroom.audit.chain.EntryHasher} does; the verifier recomputes every
 * hash in Java, so the two implementations check each other.
 */
final class AuditAppender {
    private static final String QUEUE = """
            INSERT INTO audit_queue (username, role, member_state, draft_id, event_type, payload, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private AuditAppender() {
    }

    static void append(Sql sql, PendingEntry entry) {
        sql.update(QUEUE, entry.username(), entry.role(), entry.memberState(), Sql.typed(entry.draftId(), Types.BIGINT),
                entry.type(), entry.payload(), entry.requestId());
    }
}
