package org.draftroom.amendment.store;

import jakarta.inject.Singleton;
import org.draftroom.amendment.action.model.Division;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.platform.database.Sql;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Requests for division and the secretariat's order of voting, in the caller's transaction. */
@Singleton
public class DivisionStore {
    private static final String SELECT = "SELECT id, draft_id, number, paragraph_id, label, requested_by, member_state, status, requested_on, requested_meeting"
            + " FROM division_request";
    private final Sql sql;

    DivisionStore(Sql sql) {
        this.sql = sql;
    }

    /** {@code on} and {@code meeting}: the day and meeting of the request, or null when not recorded. */
    public long insert(long draftId, int number, ParagraphId paragraph, String label, String by, String memberState,
                       java.time.LocalDate on, String meeting) {
        return sql.single("""
                INSERT INTO division_request (draft_id, number, paragraph_id, label, requested_by, member_state, requested_on,
                                              requested_meeting)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                draftId, number, paragraph.value(), label, by, memberState, on, meeting);
    }

    public List<Division> forDraft(long draftId) {
        return query(SELECT + " WHERE draft_id = ? ORDER BY number", draftId);
    }

    public Optional<Division> find(long draftId, int number) {
        return query(SELECT + " WHERE draft_id = ? AND number = ?", draftId, number).stream().findFirst();
    }

    /** Settles a pending request: RETAINED or DELETED. False if it was no longer pending. */
    public boolean settle(long id, String status) {
        return sql.update("UPDATE division_request SET status = ? WHERE id = ? AND status = 'PENDING'", status, id) == 1;
    }

    /** The order of voting the secretariat settled ("A3", "D1", ...), empty when none. */
    public List<String> votingOrder(long draftId) {
        return sql.one("SELECT refs FROM voting_order WHERE draft_id = ?",
                rs -> Arrays.stream((Object[]) rs.getArray(1).getArray()).map(Object::toString).toList(), draftId).orElse(List.of());
    }

    public void saveVotingOrder(long draftId, List<String> refs, String by) {
        sql.update("""
                INSERT INTO voting_order (draft_id, refs, set_by) VALUES (?, ?, ?)
                ON CONFLICT (draft_id) DO UPDATE SET refs = excluded.refs, set_by = excluded.set_by, set_at = now()""", draftId, refs, by);
    }

    private List<Division> query(String sql, Object... values) {
        return this.sql.list(sql, rs -> {
            String state = rs.getString(7);
            return new Division(rs.getLong(1), rs.getLong(2), rs.getInt(3), ParagraphId.of(rs.getString(4)), rs.getString(5),
                    rs.getString(6), state == null ? null : state.trim(), rs.getString(8),
                    rs.getObject(9, java.time.LocalDate.class), rs.getString(10));
        }, values);
    }
}
