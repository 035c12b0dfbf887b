package org.draftroom.platform.engine;

import io.micronaut.transaction.TransactionOperations;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.sql.Connection;

/** A process engine whose transactions are Micronaut's. */
final class MicronautProcessEngineConfiguration extends ProcessEngineConfigurationImpl {
    private final TransactionOperations<Connection> transactions;

    MicronautProcessEngineConfiguration(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        setTransactionsExternallyManaged(true);
        setTransactionContextFactory(commandContext -> new MicronautTransactionContext(transactions, commandContext));
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        return new MicronautTransactionInterceptor(transactions);
    }
}
