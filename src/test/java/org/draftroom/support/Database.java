package org.draftroom.support;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditSealer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL for tests that check what the database holds. */
@Singleton
public class Database {
    private final TransactionOperations<Connection> transactions;
    private final AuditSealer sealer;

    Database(TransactionOperations<Connection> transactions, AuditSealer sealer) {
        this.transactions = transactions;
        this.sealer = sealer;
    }

    /** {@link #count} over the audit trail, once every committed entry is chained (the server seals a moment after commit). */
    public long countInAuditTrail(String sql) {
        sealer.sealCommitted();
        return count(sql);
    }

    public long count(String sql) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The first column of every row. */
    public List<String> strings(String sql) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
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
