package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.ChainVerifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Pages of entries, the chain head, and the verification of the whole chain. */
@Singleton
public class AuditReader {
    static final int VERIFY_FETCH_SIZE = 5000;
    private final TransactionOperations<Connection> transactions;
    private final AuditSealer sealer;

    AuditReader(TransactionOperations<Connection> transactions, AuditSealer sealer) {
        this.transactions = transactions;
        this.sealer = sealer;
    }

    /** Chains every entry committed so far, so that what follows reads the trail up to now. */
    void sealCommitted() {
        sealer.sealBeforeReading();
    }

    /** The head as it stands: the last entry's seq, hash and time (seq 0 for an empty trail). */
    public record Head(long seq, String hash, Instant at) {
    }

    record Page(List<AuditEntry> entries, Long nextCursor) {
    }

    Page page(AuditFilter filter, int limit) {
        sealer.sealBeforeReading();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            try (PreparedStatement select = AuditRows.select(status.getConnection(), filter, limit + 1, limit + 1);
                 ResultSet rows = select.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(AuditRows.read(rows));
                }
                boolean more = entries.size() > limit;
                List<AuditEntry> shown = more ? entries.subList(0, limit) : entries;
                return new Page(List.copyOf(shown), more ? shown.get(shown.size() - 1).seq() : null);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
            }
        });
    }

    public Head head() {
        sealer.sealBeforeReading();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            String sql = "SELECT h.seq, h.hash, e.occurred_at FROM audit_head h LEFT JOIN audit_entry e ON e.seq = h.seq";
            try (PreparedStatement select = status.getConnection().prepareStatement(sql);
                 ResultSet row = select.executeQuery()) {
                row.next();
                OffsetDateTime at = row.getObject(3, OffsetDateTime.class);
                return new Head(row.getLong(1), row.getString(2), at == null ? null : at.toInstant());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit chain head: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Recomputes the whole chain from one consistent snapshot, streaming the entries.
     *
     * @param anchorSeq  seq of an exported head to check, or null
     * @param anchorHash its hash, or null
     */
    public ChainVerifier.Result verify(Long anchorSeq, String anchorHash) {
        sealer.sealBeforeReading();
        DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return transactions.execute(snapshot, status -> {
            Connection connection = status.getConnection();
            try {
                return verify(connection, anchorSeq, anchorHash);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not verify the audit trail: " + e.getMessage(), e);
            }
        });
    }

    /** The verification on a connection already in a repeatable-read transaction (also for the benchmark). */
    public static ChainVerifier.Result verify(Connection connection, Long anchorSeq, String anchorHash)
            throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM audit_head");
             ResultSet row = select.executeQuery()) {
            row.next();
            headSeq = row.getLong(1);
            headHash = row.getString(2);
        }
        ChainVerifier verifier = new ChainVerifier(anchorSeq, anchorHash);
        String sql = "SELECT " + AuditRows.COLUMNS + " FROM audit_entry ORDER BY seq";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(VERIFY_FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    verifier.accept(AuditRows.read(rows));
                }
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    /** Answers the entries a draft's history is made of (private kinds excluded), oldest first. */
    List<AuditEntry> draftHistory(long draftId) {
        sealer.sealBeforeReading();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            String sql = "SELECT " + AuditRows.COLUMNS + " FROM audit_entry WHERE draft_id = ? "
                    + "AND event_type NOT LIKE 'user.%' AND event_type NOT LIKE 'login.%' ORDER BY seq";
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                select.setLong(1, draftId);
                select.setFetchSize(1000);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(AuditRows.read(rows));
                    }
                }
                return entries;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the history of draft " + draftId + ": " + e.getMessage(), e);
            }
        });
    }
}
