package org.draftroom.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    static void append(Connection connection, PendingEntry entry) throws SQLException {
        try (PreparedStatement queue = connection.prepareStatement(QUEUE)) {
            queue.setString(1, entry.username());
            queue.setString(2, entry.role());
            queue.setString(3, entry.memberState());
            if (entry.draftId() == null) {
                queue.setNull(4, Types.BIGINT);
            } else {
                queue.setLong(4, entry.draftId());
            }
            queue.setString(5, entry.type());
            queue.setString(6, entry.payload());
            queue.setString(7, entry.requestId());
            queue.executeUpdate();
        }
    }
}
