package org.draftroom.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Knows, to within half a second, whether the database answers: a thread of its own asks it
 * {@code SELECT 1} twice a second over a connection outside the pool, with short timeouts. Requests
 * are then refused at once while the database is away ({@code database-unavailable}, 503) instead
 * of each waiting for the pool's timeout, and readiness answers from what was last seen instead of
 * waiting on a connection. Nothing needs restarting when the database returns: the pool opens new
 * connections by itself and the watch sees the database answer again.
 */
@Singleton
public class DatabaseWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final long INTERVAL_MILLIS = 500;
    private static final int TIMEOUT_SECONDS = 2;
    /** A verdict older than this (the watch itself stuck) counts as the database not answering. */
    private static final Duration STALE = Duration.ofSeconds(5);
    private final DataSource dataSource;
    private volatile boolean running;
    private volatile boolean up = true;
    private volatile Instant checkedAt = Instant.now();
    private volatile String problem = "";
    private Thread thread;

    DatabaseWatch(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Whether the database answered at the last check (and that check is recent). */
    public boolean isUp() {
        return up && Duration.between(checkedAt, Instant.now()).compareTo(STALE) < 0;
    }

    /** What went wrong at the last check, empty when the database answered. */
    public String problem() {
        return isUp() ? "" : problem.isEmpty() ? "no answer for " + STALE.toSeconds() + " s" : problem;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::watch, "database-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        Connection connection = null;
        while (running) {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = open();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(TIMEOUT_SECONDS);
                    statement.execute("SELECT 1");
                }
                seen(true, "");
            } catch (SQLException | RuntimeException e) {
                close(connection);
                connection = null;
                if (running) {
                    seen(false, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                break;
            }
        }
        close(connection);
    }

    private void seen(boolean answered, String what) {
        if (answered != up) {
            if (answered) {
                LOG.info("The database answers again");
            } else {
                LOG.warn("The database does not answer ({}); API requests are refused with 503 until it does", what);
            }
        }
        problem = what;
        up = answered;
        checkedAt = Instant.now();
    }

    private Connection open() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            throw new SQLException("The database watch needs the Hikari pool to find the database");
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS + 1));
        properties.setProperty("ApplicationName", "draftroom database-watch");
        Connection c = DriverManager.getConnection(pool.getJdbcUrl(), properties);
        c.setAutoCommit(true);
        return c;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being dropped anyway
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
