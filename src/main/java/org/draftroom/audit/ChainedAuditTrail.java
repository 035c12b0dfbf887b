package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;
import org.draftroom.platform.web.RequestIds;

import java.sql.Connection;

/**
 * The hash-chained audit trail. {@link #record} joins the caller's transaction (or opens one
 * when there is none, as for a failed sign-in) and queues the entry there, without taking any
 * lock: it commits with the change it records, or not at all. Once the transaction has committed,
 * the {@link AuditSealer} chains it. The event is checked and its payload made canonical at once,
 * so a bad payload fails the caller where it records.
 */
@Singleton
class ChainedAuditTrail implements AuditTrail {
    private final TransactionOperations<Connection> transactions;
    private final AuditSealer sealer;

    ChainedAuditTrail(TransactionOperations<Connection> transactions, AuditSealer sealer) {
        this.transactions = transactions;
        this.sealer = sealer;
    }

    @Override
    public void record(AuditEvent event) {
        PendingEntry entry = PendingEntry.of(event, RequestIds.current().orElse(null));
        transactions.execute(TransactionDefinition.DEFAULT, status -> {
            AuditAppender.append(Sql.on(status.getConnection()), entry);
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sealer.wake();
                }
            });
            return null;
        });
    }
}
