package org.draftroom.audit;

import org.draftroom.audit.chain.EntryHasher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends one entry to the chain on a connection that is inside the caller's transaction:
 * locks the head (held until that transaction ends), hashes, inserts. Two round trips.
 */
final class AuditAppender {
    private static final String CLAIM = "SELECT last_seq, last_hash, now FROM audit_claim_head()";
    private static final String INSERT = "INSERT INTO audit_entry (seq, occurred_at, username, role, member_state, "
            + "draft_id, event_type, payload, request_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?, ?)";
    private static final ThreadLocal<EntryHasher> HASHERS = ThreadLocal.withInitial(EntryHasher::new);

    private AuditAppender() {
    }

    /** Answers the new entry's seq. */
    static long append(Connection connection, PendingEntry entry) throws SQLException {
        long seq;
        String prevHash;
        OffsetDateTime now;
        try (PreparedStatement claim = connection.prepareStatement(CLAIM); ResultSet head = claim.executeQuery()) {
            if (!head.next()) {
                throw new SQLException("The audit chain head is missing");
            }
            seq = head.getLong(1) + 1;
            prevHash = head.getString(2);
            now = head.getObject(3, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
        }
        String hash = HASHERS.get().hash(seq, now.toInstant(), entry.username(), entry.role(), entry.memberState(),
                entry.draftId(), entry.type(), entry.payload(), entry.requestId(), prevHash);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, seq);
            insert.setObject(2, now);
            insert.setString(3, entry.username());
            insert.setString(4, entry.role());
            insert.setString(5, entry.memberState());
            if (entry.draftId() == null) {
                insert.setNull(6, Types.BIGINT);
            } else {
                insert.setLong(6, entry.draftId());
            }
            insert.setString(7, entry.type());
            insert.setString(8, entry.payload());
            insert.setString(9, entry.requestId());
            insert.setString(10, prevHash);
            insert.setString(11, hash);
            insert.executeUpdate();
        }
        return seq;
    }
}
