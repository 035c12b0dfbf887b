package org.draftroom.draft.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * States named as main sponsors by the delegation that imported a text, waiting for their own
 * delegates to confirm ({@code draft_proposed_sponsor}). Runs in the caller's transaction.
 */
@Singleton
public class ProposedSponsorStore {
    private final TransactionOperations<Connection> transactions;

    ProposedSponsorStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public void propose(long draftId, List<String> memberStates, String proposedBy) {
        if (memberStates.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection().prepareStatement(
                "INSERT INTO draft_proposed_sponsor (draft_id, member_state, proposed_by) SELECT ?, unnest(?::text[]), ?")) {
            insert.setLong(1, draftId);
            insert.setArray(2, connection().createArrayOf("text", memberStates.toArray()));
            insert.setString(3, proposedBy);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the proposed sponsors: " + e.getMessage(), e);
        }
    }

    public List<String> proposed(long draftId) {
        try (PreparedStatement query = connection().prepareStatement(
                "SELECT member_state FROM draft_proposed_sponsor WHERE draft_id = ? ORDER BY member_state")) {
            query.setLong(1, draftId);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1).trim());
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the proposed sponsors: " + e.getMessage(), e);
        }
    }

    /** True when the State was proposed (and no longer is). */
    public boolean withdraw(long draftId, String memberState) {
        return update("DELETE FROM draft_proposed_sponsor WHERE draft_id = ? AND member_state = ?", draftId, memberState) == 1;
    }

    /** Makes the State a main sponsor and bumps the draft's row version (its ETag). */
    public void makeMainSponsor(long draftId, String memberState) {
        update("INSERT INTO draft_main_sponsor (draft_id, member_state) VALUES (?, ?) ON CONFLICT DO NOTHING", draftId, memberState);
        try (PreparedStatement bump = connection().prepareStatement("UPDATE draft SET row_version = row_version + 1 WHERE id = ?")) {
            bump.setLong(1, draftId);
            bump.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the draft: " + e.getMessage(), e);
        }
    }

    private int update(String sql, long draftId, String memberState) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setLong(1, draftId);
            statement.setString(2, memberState);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the sponsors: " + e.getMessage(), e);
        }
    }

    private Connection connection() {
        return transactions.getConnection();
    }
}
