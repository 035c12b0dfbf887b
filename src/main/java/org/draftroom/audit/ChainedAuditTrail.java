package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.platform.web.RequestIds;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The hash-chained audit trail. {@link #record} joins the caller's transaction (or opens one
 * when there is none, as for a failed sign-in) and queues the entry there; PostgreSQL appends it
 * to the chain when that transaction commits, so the chain head stays locked only for the commit
 * itself, and a transaction that rolls back appends nothing. The event is checked and its payload
 * made canonical at once, so a bad payload fails the caller where it records.
 */
@Singleton
class ChainedAuditTrail implements AuditTrail {
    private final TransactionOperations<Connection> transactions;

    ChainedAuditTrail(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        PendingEntry entry = PendingEntry.of(event, RequestIds.current().orElse(null));
        transactions.execute(TransactionDefinition.DEFAULT, status -> {
            try {
                AuditAppender.append(status.getConnection(), entry);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not queue " + entry.type() + " for the audit trail: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
