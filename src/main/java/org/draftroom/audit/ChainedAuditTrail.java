package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.draftroom.platform.web.RequestIds;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The hash-chained audit trail. {@link #record} joins the caller's transaction (or opens one
 * when there is none, as for a failed sign-in) and appends the entry just before that
 * transaction commits: the chain head stays locked only from then until the commit, however
 * long the rest of the transaction takes, and a transaction that rolls back appends nothing.
 * The event is checked and its payload made canonical at once, so a bad payload fails the
 * caller where it records.
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
            Connection connection = status.getConnection();
            status.registerSynchronization(new AppendBeforeCommit(connection, entry));
            return null;
        });
    }

    private record AppendBeforeCommit(Connection connection, PendingEntry entry) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                AuditAppender.append(connection, entry);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not append " + entry.type() + " to the audit trail: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
