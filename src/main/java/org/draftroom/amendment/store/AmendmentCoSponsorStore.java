package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The States that joined an amendment ({@code amendment_cosponsor}), in the caller's transaction. */
@Singleton
public class AmendmentCoSponsorStore {
    private final TransactionOperations<Connection> transactions;

    AmendmentCoSponsorStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** True when the State was not yet a co-sponsor. */
    public boolean add(long amendmentId, String memberState) {
        return update("INSERT INTO amendment_cosponsor (amendment_id, member_state) VALUES (?, ?) ON CONFLICT DO NOTHING",
                amendmentId, memberState) == 1;
    }

    /** True when the State was a co-sponsor. */
    public boolean remove(long amendmentId, String memberState) {
        return update("DELETE FROM amendment_cosponsor WHERE amendment_id = ? AND member_state = ?", amendmentId, memberState) == 1;
    }

    private int update(String sql, long amendmentId, String memberState) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            statement.setLong(1, amendmentId);
            statement.setString(2, memberState);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the co-sponsors of an amendment: " + e.getMessage(), e);
        }
    }
}
