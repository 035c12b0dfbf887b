package org.draftroom.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Appends one entry to the chain on a connection that is inside the caller's transaction, in
 * one round trip: {@code audit_append} (see V20__audit_trail.sql) takes the chain lock, which
 * is held until that transaction ends, reads the head, hashes and inserts. The database builds
 * the canonical content exactly as {@link org.draftroom.audit.chain.EntryHasher} does; the
 * verifier recomputes every hash in Java, so the two implementations check each other.
 */
final class AuditAppender {
    private static final String APPEND = "SELECT new_seq FROM audit_append(?, ?, ?, ?, ?, ?, ?)";

    private AuditAppender() {
    }

    /** Answers the new entry's seq. */
    static long append(Connection connection, PendingEntry entry) throws SQLException {
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setString(1, entry.username());
            append.setString(2, entry.role());
            append.setString(3, entry.memberState());
            if (entry.draftId() == null) {
                append.setNull(4, Types.BIGINT);
            } else {
                append.setLong(4, entry.draftId());
            }
            append.setString(5, entry.type());
            append.setString(6, entry.payload());
            append.setString(7, entry.requestId());
            try (ResultSet row = append.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
