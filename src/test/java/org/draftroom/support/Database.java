package org.draftroom.support;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Direct SQL for tests that check what the database holds. */
@Singleton
public class Database {
    private final TransactionOperations<Connection> transactions;

    Database(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public long count(String sql) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public void execute(String sql) {
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.execute(sql);
                return null;
            }
        });
    }
}
