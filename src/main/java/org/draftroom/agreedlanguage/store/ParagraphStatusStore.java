package org.draftroom.agreedlanguage.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.NegotiationStatus;
import org.draftroom.agreedlanguage.model.ParagraphStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The negotiation status of paragraphs (migrations/V104); one query reads a whole draft's. */
@Singleton
public class ParagraphStatusStore {
    private final TransactionOperations<Connection> transactions;

    ParagraphStatusStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The statuses given on a draft, by paragraph id. */
    public Map<String, ParagraphStatus> all(long draftId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT paragraph_id, status, brackets, marked_text, marked_on, reason, changed_by, row_version
                  FROM paragraph_status WHERE draft_id = ?""")) {
            query.setLong(1, draftId);
            Map<String, ParagraphStatus> out = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new ParagraphStatus(rs.getString(1), NegotiationStatus.valueOf(rs.getString(2)),
                            List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7), rs.getLong(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the paragraph statuses of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    /** Gives a paragraph a status, moving its entity tag on; answers the new tag. */
    public long save(long draftId, String paragraphId, NegotiationStatus status, List<String> brackets, String markedText,
                     int markedOn, String reason, String changedBy) {
        Connection c = transactions.getConnection();
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO paragraph_status (draft_id, paragraph_id, status, brackets, marked_text, marked_on, reason, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (draft_id, paragraph_id) DO UPDATE
                   SET status = excluded.status, brackets = excluded.brackets, marked_text = excluded.marked_text,
                       marked_on = excluded.marked_on, reason = excluded.reason, changed_by = excluded.changed_by,
                       changed_at = now(), row_version = paragraph_status.row_version + 1
                RETURNING row_version""")) {
            upsert.setLong(1, draftId);
            upsert.setString(2, paragraphId);
            upsert.setString(3, status.name());
            upsert.setArray(4, c.createArrayOf("text", brackets.toArray()));
            upsert.setString(5, markedText);
            upsert.setInt(6, markedOn);
            upsert.setString(7, reason == null || reason.isBlank() ? null : reason.strip());
            upsert.setString(8, changedBy);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the status of a paragraph of draft " + draftId + ": " + e.getMessage(), e);
        }
    }
}
