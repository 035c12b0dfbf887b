package org.draftroom.platform.engine;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.TransactionOperations;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the engine's configuration on a thread of its own from the first moment of the start,
 * while the main thread starts the embedded PostgreSQL, the pool and Flyway. Building it (reading
 * the engine's MyBatis mappings, above all) was the longest step of a start, ≈ 2.5 s of a cold
 * JVM, and needs no database: the data source and the transactions are looked up at their first
 * use. {@link ProcessEngineFactory} then only checks the schema, deploys the workflows and starts
 * the job executor, in that order and under the same lock as before.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineConfigurationInAdvance {
    private final CompletableFuture<MicronautProcessEngineConfiguration> configuration = new CompletableFuture<>();

    EngineConfigurationInAdvance(BeanProvider<DataSource> dataSource,
                                 BeanProvider<TransactionOperations<Connection>> transactions,
                                 ApplicationContext context) {
        Thread thread = new Thread(() -> {
            try {
                configuration.complete(prepared(new DataSourceAtFirstUse(dataSource),
                        new TransactionsAtFirstUse(transactions), context));
            } catch (Throwable e) {
                configuration.completeExceptionally(e);
            }
        }, "engine-configuration");
        thread.setDaemon(true);
        thread.start();
    }

    /** The configuration, once built (waits for it); what failed while building it is thrown here. */
    MicronautProcessEngineConfiguration configuration() {
        try {
            return configuration.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not configure the process engine: " + e.getCause(), e.getCause());
        }
    }

    private static MicronautProcessEngineConfiguration prepared(DataSource dataSource,
                                                               TransactionOperations<Connection> transactions,
                                                               ApplicationContext context) {
        MicronautProcessEngineConfiguration configuration = new MicronautProcessEngineConfiguration(transactions);
        configuration.setDataSource(dataSource);
        // Given, so that the engine never opens a connection to find it out while being configured.
        configuration.setDatabaseType(AbstractEngineConfiguration.DATABASE_TYPE_POSTGRES);
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setIdGenerator(() -> UUID.randomUUID().toString());
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        // No Flowable 5 process was ever deployed here: no query for them at every start.
        configuration.setValidateFlowable5EntitiesEnabled(false);
        configuration.setAsyncExecutorActivate(false);
        // At shutdown the engine hands back the jobs (timers) it had taken, so that another server,
        // or this one restarted, runs them at once instead of waiting for their locks to expire.
        configuration.setAsyncExecutorUnlockOwnedJobs(true);
        configuration.setBeans(new BeansByName(context));
        configuration.prepare();
        return configuration;
    }
}
