package org.draftroom.platform.engine;

import io.micronaut.transaction.TransactionOperations;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.sql.Connection;

/** A process engine whose transactions are Micronaut's. */
final class MicronautProcessEngineConfiguration extends ProcessEngineConfigurationImpl {
    private final TransactionOperations<Connection> transactions;
    private boolean initialised;

    MicronautProcessEngineConfiguration(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        setTransactionsExternallyManaged(true);
        setTransactionContextFactory(commandContext -> new MicronautTransactionContext(transactions, commandContext));
    }

    /**
     * Everything of the engine that needs no database (services, MyBatis mappings, job executor),
     * ahead of {@link #buildProcessEngine()}, which then checks the schema and creates the engine.
     */
    void prepare() {
        init();
    }

    /** Once only: {@link #prepare()} may have done it already. */
    @Override
    public synchronized void init() {
        if (!initialised) {
            super.init();
            initialised = true;
        }
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        return new MicronautTransactionInterceptor(transactions);
    }
}
