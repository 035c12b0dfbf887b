package org.draftroom.lifecycle;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.platform.database.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A new, empty database of its own in the test PostgreSQL, for tests that need known counters
 * (the 20th L. document, the 186th resolution) or that restart the server on the same data.
 */
final class FreshDatabase {
    private final String url;

    private FreshDatabase(String url) {
        this.url = url;
    }

    static FreshDatabase create() {
        String postgres = EmbeddedDatabase.jdbcUrl("");
        String name = "lifecycle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(postgres, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new FreshDatabase(postgres.replace("/postgres?", "/" + name + "?"));
    }

    /** Starts a server on this database (close it to stop it). */
    EmbeddedServer startServer() {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "micronaut.server.port", -1), "test");
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
