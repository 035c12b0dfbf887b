package org.draftroom.platform.engine;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.UUID;

/**
 * The embedded Flowable engine as a Micronaut bean. It uses Micronaut's contextual
 * {@link DataSource}, whose connection is the current transaction's, and deploys the
 * processes in {@code workflows/} as soon as it is built.
 */
@Factory
class ProcessEngineFactory {

    @Singleton
    @Bean(preDestroy = "close")
    ProcessEngine processEngine(DataSource dataSource,
                                TransactionOperations<Connection> transactions,
                                ApplicationContext context,
                                WorkflowDeployer deployer) {
        MicronautProcessEngineConfiguration configuration = new MicronautProcessEngineConfiguration(transactions);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType(AbstractEngineConfiguration.DATABASE_TYPE_POSTGRES);
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setUseLockForDatabaseSchemaUpdate(true);
        configuration.setIdGenerator(() -> UUID.randomUUID().toString());
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setAsyncExecutorActivate(true);
        configuration.setBeans(new BeansByName(context));
        ProcessEngine engine = configuration.buildProcessEngine();
        deployer.deployAll(engine.getRepositoryService());
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
