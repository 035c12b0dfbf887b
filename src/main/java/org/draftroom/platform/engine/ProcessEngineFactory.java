package org.draftroom.platform.engine;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Singleton;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The embedded Flowable engine as a Micronaut bean. It uses Micronaut's contextual
 * {@link DataSource}, whose connection is the current transaction's, and deploys the
 * processes in {@code workflows/} as soon as it is built. Its configuration is built in advance,
 * beside the rest of the start ({@link EngineConfigurationInAdvance}).
 */
@Factory
class ProcessEngineFactory {
    /** Advisory lock key taken while the engine's schema is created or upgraded. */
    private static final long SCHEMA_LOCK = 0x6472616674L;

    @Context
    @Bean(preDestroy = "close")
    ProcessEngine processEngine(EngineConfigurationInAdvance inAdvance,
                                TransactionOperations<Connection> transactions,
                                WorkflowDeployer deployer) {
        MicronautProcessEngineConfiguration configuration = inAdvance.configuration();
        ProcessEngine engine = transactions.executeWrite(status -> {
            // Two servers starting together on one database take turns here: creating or
            // upgrading the engine's tables and deploying the workflows happen in one transaction.
            // Flowable's own schema lock lives in a table of its schema, so it can only be used
            // once that schema exists (it then guards upgrades as well).
            Connection connection = status.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                try (ResultSet exists = statement.executeQuery("SELECT to_regclass('act_ge_property') IS NOT NULL")) {
                    exists.next();
                    configuration.setUseLockForDatabaseSchemaUpdate(exists.getBoolean(1));
                }
            }
            ProcessEngine built = configuration.buildProcessEngine();
            deployer.deployAll(built.getRepositoryService());
            return built;
        });
        // Jobs (timers) are run only once the schema and deployments are committed.
        configuration.setAsyncExecutorActivate(true);
        configuration.getAsyncExecutor().start();
        return engine;
    }

    @Singleton
    RuntimeService runtimeService(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Singleton
    RepositoryService repositoryService(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Singleton
    TaskService taskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Singleton
    HistoryService historyService(ProcessEngine engine) {
        return engine.getHistoryService();
    }

    @Singleton
    ManagementService managementService(ProcessEngine engine) {
        return engine.getManagementService();
    }
}
