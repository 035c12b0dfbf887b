package org.draftroom.agreedlanguage.store;

import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.NegotiationStatus;
import org.draftroom.agreedlanguage.model.ParagraphStatus;
import org.draftroom.platform.database.Sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The negotiation status of paragraphs (migrations/V104); one query reads a whole draft's. */
@Singleton
public class ParagraphStatusStore {
    private final Sql sql;

    ParagraphStatusStore(Sql sql) {
        this.sql = sql;
    }

    /** The statuses given on a draft, by paragraph id. */
    public Map<String, ParagraphStatus> all(long draftId) {
        Map<String, ParagraphStatus> out = new HashMap<>();
        sql.each("""
                SELECT paragraph_id, status, brackets, marked_text, marked_on, reason, changed_by, row_version
                  FROM paragraph_status WHERE draft_id = ?""",
                rs -> out.put(rs.getString(1), new ParagraphStatus(rs.getString(1), NegotiationStatus.valueOf(rs.getString(2)),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getLong(8))), draftId);
        return out;
    }

    /** Gives a paragraph a status, moving its entity tag on; answers the new tag. */
    public long save(long draftId, String paragraphId, NegotiationStatus status, List<String> brackets, String markedText,
                     int markedOn, String reason, String changedBy) {
        return sql.single("""
                INSERT INTO paragraph_status (draft_id, paragraph_id, status, brackets, marked_text, marked_on, reason, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (draft_id, paragraph_id) DO UPDATE
                   SET status = excluded.status, brackets = excluded.brackets, marked_text = excluded.marked_text,
                       marked_on = excluded.marked_on, reason = excluded.reason, changed_by = excluded.changed_by,
                       changed_at = now(), row_version = paragraph_status.row_version + 1
                RETURNING row_version""", rs -> rs.getLong(1), draftId, paragraphId, status.name(), brackets, markedText, markedOn,
                reason == null || reason.isBlank() ? null : reason.strip(), changedBy);
    }
}
