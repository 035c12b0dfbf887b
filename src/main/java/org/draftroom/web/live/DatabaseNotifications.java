package org.draftroom.web.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.draftroom.platform.database.ConnectionOutsideThePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Listens on the PostgreSQL channel {@code draft_events} (filled by the trigger of migration V50
 * when audit entries are sealed, built by V100's audit_entry_event) over one dedicated connection, outside the pool, and hands each
 * change to the {@link LiveHub}. Reconnects after a lost connection, then asks every client to
 * re-read, since changes may have been missed meanwhile.
 */
@Singleton
class DatabaseNotifications {
    static final String CHANNEL = "draft_events";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final int POLL_MILLIS = 250;
    private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {
    };
    private final DataSource dataSource;
    private final LiveHub hub;
    private final ObjectMapper json;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    DatabaseNotifications(DataSource dataSource, LiveHub hub, ObjectMapper json) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.hub = hub;
        this.json = json;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "live-draft-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        boolean first = true;
        long backoff = 500;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                if (!first) {
                    LOG.info("Live updates: listening again on {}", CHANNEL);
                    hub.resync();
                }
                first = false;
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Live updates: lost the database connection ({}); retrying in {} ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            } finally {
                connection = null;
            }
        }
    }

    private void deliver(String payload) {
        try {
            Map<String, Object> event = json.readValue(payload, EVENT);
            hub.publish(new DraftChange(((Number) event.get("draftId")).longValue(), ((Number) event.get("seq")).longValue(), event));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Live updates: ignored a malformed notification: {}", payload);
        }
    }

    private Connection open() throws SQLException {
        return ConnectionOutsideThePool.open(dataSource);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
