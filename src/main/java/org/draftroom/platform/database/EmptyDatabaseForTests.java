package org.draftroom.platform.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With {@code draftroom.database.reset-on-start} (the test suite), an external database is
 * emptied once per JVM before Flyway runs, so every test run starts from an empty database.
 * The embedded test database is new and empty anyway.
 */
@Singleton
@Requires(property = "draftroom.database.reset-on-start", value = "true")
class EmptyDatabaseForTests implements BeanInitializedEventListener<DatasourceConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(EmptyDatabaseForTests.class);
    private static boolean done;

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getConfiguredUrl();
        if (url != null && !url.isBlank()) {
            empty(url, configuration.getUsername(), configuration.getPassword());
        }
        return configuration;
    }

    private static synchronized void empty(String url, String user, String password) {
        if (done) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
            LOG.info("Emptied the test database {}", url);
            done = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + url + ": " + e.getMessage(), e);
        }
    }
}
