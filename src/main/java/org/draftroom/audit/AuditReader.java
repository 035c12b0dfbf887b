package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.platform.database.Sql;

import java.sql.Connection;
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
            List<AuditEntry> entries = new ArrayList<>();
            Sql.on(status.getConnection()).stream(limit + 1, AuditRows.select(filter, limit + 1),
                    rows -> entries.add(AuditRows.read(rows)), filter.sql().parameters().toArray());
            boolean more = entries.size() > limit;
            List<AuditEntry> shown = more ? entries.subList(0, limit) : entries;
            return new Page(List.copyOf(shown), more ? shown.get(shown.size() - 1).seq() : null);
        });
    }

    public Head head() {
        sealer.sealBeforeReading();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.on(status.getConnection()).single(
                "SELECT h.seq, h.hash, e.occurred_at FROM audit_head h LEFT JOIN audit_entry e ON e.seq = h.seq", row -> {
                    OffsetDateTime at = row.getObject(3, OffsetDateTime.class);
                    return new Head(row.getLong(1), row.getString(2), at == null ? null : at.toInstant());
                }));
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
        return transactions.execute(snapshot, status -> verify(Sql.on(status.getConnection()), anchorSeq, anchorHash));
    }

    /** The verification on a connection already in a repeatable-read transaction (also for the benchmark). */
    public static ChainVerifier.Result verify(Sql sql, Long anchorSeq, String anchorHash) {
        ChainVerifier verifier = new ChainVerifier(anchorSeq, anchorHash);
        Head head = sql.single("SELECT seq, hash FROM audit_head", row -> new Head(row.getLong(1), row.getString(2), null));
        sql.stream(VERIFY_FETCH_SIZE, "SELECT " + AuditRows.COLUMNS + " FROM audit_entry ORDER BY seq",
                rows -> verifier.accept(AuditRows.read(rows)));
        return verifier.finish(head.seq(), head.hash());
    }

    /** Answers the entries a draft's history is made of (private kinds excluded), oldest first. */
    List<AuditEntry> draftHistory(long draftId) {
        sealer.sealBeforeReading();
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            List<AuditEntry> entries = new ArrayList<>();
            Sql.on(status.getConnection()).stream(1000, "SELECT " + AuditRows.COLUMNS + " FROM audit_entry WHERE draft_id = ? "
                    + "AND event_type NOT LIKE 'user.%' AND event_type NOT LIKE 'login.%' ORDER BY seq",
                    rows -> entries.add(AuditRows.read(rows)), draftId);
            return entries;
        });
    }
}
