package org.draftroom.agreedlanguage.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Statements of programme budget implications (lifecycle's pbi_statement) with the version each was made on and confirmed for. */
@Singleton
public class BudgetImplicationsStore {
    private final Sql sql;

    BudgetImplicationsStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param recordedOn  the draft's version when the statement was recorded
     * @param confirmedOn the version the secretariat last confirmed it for, or null
     * @param rowVersion  0 before any confirmation; the entity tag moves with each
     */
    public record Statement(long id, String symbol, List<String> paragraphs, String text, OffsetDateTime recordedAt, int recordedOn,
                            Integer confirmedOn, String confirmedBy, String note, long rowVersion) {
    }

    public List<Statement> all(long draftId) {
        return query("s.draft_id = ?", draftId);
    }

    public Optional<Statement> find(long draftId, long id) {
        return query("s.draft_id = ? AND s.id = " + Long.toString(id), draftId).stream().findFirst();
    }

    private List<Statement> query(String where, long draftId) {
        return sql.list("""
                SELECT s.id, s.symbol, s.paragraphs, s.statement, s.recorded_at,
                       coalesce((SELECT max(v.number) FROM draft_version v WHERE v.draft_id = s.draft_id AND v.created_at <= s.recorded_at), 1),
                       c.confirmed_on, c.confirmed_by, c.note, coalesce(c.row_version, 0)
                  FROM pbi_statement s LEFT JOIN pbi_confirmation c ON c.pbi_id = s.id
                 WHERE\s""" + where + " ORDER BY s.id",
                rs -> new Statement(rs.getLong(1), rs.getString(2), List.of((String[]) rs.getArray(3).getArray()), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getInt(6), (Integer) rs.getObject(7), rs.getString(8),
                        rs.getString(9), rs.getLong(10)), draftId);
    }

    /** Confirms a statement for a version's words; answers the new row version. */
    public long confirm(long id, int version, String note, String by) {
        return sql.single("""
                INSERT INTO pbi_confirmation (pbi_id, confirmed_on, note, confirmed_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (pbi_id) DO UPDATE SET confirmed_on = excluded.confirmed_on, note = excluded.note,
                       confirmed_by = excluded.confirmed_by, confirmed_at = now(), row_version = pbi_confirmation.row_version + 1
                RETURNING row_version""", rs -> rs.getLong(1), id, version, note == null || note.isBlank() ? null : note.strip(), by);
    }
}
