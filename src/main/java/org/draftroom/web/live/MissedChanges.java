package org.draftroom.web.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
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

    /** An announced entry as the database built its event: its seq and the event's JSON. */
    private record Announced(long seq, String event) {
    }

    /** What was missed, oldest first: empty when nothing; {@code MAX + 1} entries mean "too many". */
    List<DraftChange> after(long draftId, long lastSeen) {
        List<Announced> announced = transactions.executeRead(status -> Sql.on(status.getConnection()).list("""
                SELECT e.seq, audit_entry_event(e) FROM audit_entry e
                 WHERE e.draft_id = ? AND e.seq > ? AND audit_entry_is_announced(e)
                 ORDER BY e.seq LIMIT ?""", rs -> new Announced(rs.getLong(1), rs.getString(2)), draftId, lastSeen, MAX + 1));
        List<DraftChange> missed = new ArrayList<>();
        for (Announced a : announced) {
            try {
                missed.add(new DraftChange(draftId, a.seq(), json.readValue(a.event(), EVENT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return missed;
    }
}
