package org.draftroom.web.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The changes of a draft after a given event id (an audit entry's seq), built as they were
 * announced (migration V100), so that a client that reconnects with {@code Last-Event-ID} gets
 * what it missed, from whichever server it reaches.
 */
@Singleton
class MissedChanges {
    /** More missed than this and the client is better served by reading the draft again. */
    static final int MAX = 500;
    private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {
    };
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;

    MissedChanges(TransactionOperations<Connection> transactions, ObjectMapper json) {
        this.transactions = transactions;
        this.json = json;
    }

    /** What was missed, oldest first: empty when nothing; {@code MAX + 1} entries mean "too many". */
    List<DraftChange> after(long draftId, long lastSeen) {
        return transactions.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("""
                    SELECT e.seq, audit_entry_event(e) FROM audit_entry e
                     WHERE e.draft_id = ? AND e.seq > ? AND audit_entry_is_announced(e)
                     ORDER BY e.seq LIMIT ?""")) {
                s.setLong(1, draftId);
                s.setLong(2, lastSeen);
                s.setInt(3, MAX + 1);
                List<DraftChange> missed = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        missed.add(new DraftChange(draftId, rs.getLong(1), json.readValue(rs.getString(2), EVENT)));
                    }
                }
                return missed;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the missed changes of draft " + draftId, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
