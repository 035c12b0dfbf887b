package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.amendment.action.model.Division;
import org.draftroom.document.model.ParagraphId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Requests for division and the secretariat's order of voting, in the caller's transaction. */
@Singleton
public class DivisionStore {
    private static final String SELECT = "SELECT id, draft_id, number, paragraph_id, label, requested_by, member_state, status, requested_on, requested_meeting"
            + " FROM division_request";
    private final TransactionOperations<Connection> transactions;

    DivisionStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** {@code on} and {@code meeting}: the day and meeting of the request, or null when not recorded. */
    public long insert(long draftId, int number, ParagraphId paragraph, String label, String by, String memberState,
                       java.time.LocalDate on, String meeting) {
        try (PreparedStatement s = transactions.getConnection().prepareStatement("""
                INSERT INTO division_request (draft_id, number, paragraph_id, label, requested_by, member_state, requested_on,
                                              requested_meeting)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            s.setLong(1, draftId);
            s.setInt(2, number);
            s.setString(3, paragraph.value());
            s.setString(4, label);
            s.setString(5, by);
            s.setString(6, memberState);
            s.setObject(7, on);
            s.setString(8, meeting);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public List<Division> forDraft(long draftId) {
        return query(SELECT + " WHERE draft_id = ? ORDER BY number", draftId);
    }

    public Optional<Division> find(long draftId, int number) {
        return query(SELECT + " WHERE draft_id = ? AND number = ?", draftId, number).stream().findFirst();
    }

    /** Settles a pending request: RETAINED or DELETED. False if it was no longer pending. */
    public boolean settle(long id, String status) {
        try (PreparedStatement s = transactions.getConnection().prepareStatement(
                "UPDATE division_request SET status = ? WHERE id = ? AND status = 'PENDING'")) {
            s.setString(1, status);
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The order of voting the secretariat settled ("A3", "D1", ...), empty when none. */
    public List<String> votingOrder(long draftId) {
        try (PreparedStatement s = transactions.getConnection().prepareStatement("SELECT refs FROM voting_order WHERE draft_id = ?")) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Arrays.stream((Object[]) rs.getArray(1).getArray()).map(Object::toString).toList() : List.of();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public void saveVotingOrder(long draftId, List<String> refs, String by) {
        Connection c = transactions.getConnection();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO voting_order (draft_id, refs, set_by) VALUES (?, ?, ?)
                ON CONFLICT (draft_id) DO UPDATE SET refs = excluded.refs, set_by = excluded.set_by, set_at = now()""")) {
            s.setLong(1, draftId);
            s.setArray(2, c.createArrayOf("text", refs.toArray()));
            s.setString(3, by);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<Division> query(String sql, Object... values) {
        try (PreparedStatement s = transactions.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<Division> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String state = rs.getString(7);
                    out.add(new Division(rs.getLong(1), rs.getLong(2), rs.getInt(3), ParagraphId.of(rs.getString(4)), rs.getString(5),
                            rs.getString(6), state == null ? null : state.trim(), rs.getString(8),
                            rs.getObject(9, java.time.LocalDate.class), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("Divisions: " + e.getMessage(), e);
    }
}
