package org.draftroom.platform.database;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain SQL in the caller's transaction, for the hand-written statements of any feature's store. */
@Singleton
public class Sql {
    private final TransactionOperations<Connection> transactions;

    Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Maps one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public int update(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update: " + e.getMessage(), e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        try (PreparedStatement statement = prepare(sql, values); ResultSet rs = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        List<T> all = list(sql, row, values);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public Connection connection() {
        return transactions.getConnection();
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        Connection c = transactions.getConnection();
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof List<?> list) {
                statement.setArray(i + 1, c.createArrayOf("text", list.toArray()));
            } else {
                statement.setObject(i + 1, v);
            }
        }
        return statement;
    }
}
