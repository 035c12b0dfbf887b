package org.draftroom.platform.engine;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import org.flowable.common.engine.impl.cfg.TransactionContext;
import org.flowable.common.engine.impl.cfg.TransactionListener;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.common.engine.impl.interceptor.CommandContext;

import java.sql.Connection;

/**
 * The engine's view of the surrounding Micronaut transaction: Micronaut commits, and the
 * engine's listeners (job hints, history flushes) hang on its synchronizations.
 */
final class MicronautTransactionContext implements TransactionContext {
    private final TransactionOperations<Connection> transactions;
    private final CommandContext commandContext;

    MicronautTransactionContext(TransactionOperations<Connection> transactions, CommandContext commandContext) {
        this.transactions = transactions;
        this.commandContext = commandContext;
    }

    @Override
    public void commit() {
        // Micronaut commits when the outermost transactional scope completes.
    }

    @Override
    public void rollback() {
        current().setRollbackOnly();
    }

    @Override
    public void addTransactionListener(TransactionState state, TransactionListener listener) {
        current().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (state == TransactionState.COMMITTING) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void beforeCompletion() {
                if (state == TransactionState.ROLLINGBACK) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void afterCommit() {
                if (state == TransactionState.COMMITTED) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void afterCompletion(Status status) {
                if (state == TransactionState.ROLLED_BACK && status == Status.ROLLED_BACK) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public int getOrder() {
                return LOWEST_PRECEDENCE;
            }
        });
    }

    private TransactionStatus<?> current() {
        return transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("An engine command ran outside a transaction"));
    }
}
