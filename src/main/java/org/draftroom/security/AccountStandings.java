package org.draftroom.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.ConnectionOutsideThePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What every server knows of every account's standing: whether it may sign in and its token
 * generation. A background thread reads the counter {@code account_standing_version} (raised
 * by every change of {@code app_user}, in the changing transaction) every
 * {@value #POLL_MILLIS} ms over a connection of its own, and reads the accounts again when it
 * moved. So a change made on any server is seen by all within a poll, and a request never runs
 * SQL to check its token. When the picture is older than {@value #MAX_AGE_MILLIS} ms (the database
 * unreachable), a check waits a moment for a fresh one and otherwise refuses: a token is never
 * accepted on old knowledge.
 */
@Singleton
public class AccountStandings {
    static final long POLL_MILLIS = 200;
    static final long MAX_AGE_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(AccountStandings.class);

    record Standing(boolean active, long generation) {
    }

    private record Picture(long version, long takenAtNanos, Map<String, Standing> accounts) {
    }

    private final DataSource dataSource;
    private final Object fresh = new Object();
    private volatile Picture picture = new Picture(-1, 0, Map.of());
    private volatile boolean running;
    private Thread thread;

    AccountStandings(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::watch, "account-standings");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * True when the account exists, may sign in, and the token's generation is its current one.
     * A generation newer than the one known means the picture is a moment behind (a token just
     * given by another server): it waits for the next one.
     */
    public boolean accepts(String username, long generation) {
        Picture now = current();
        if (now == null) {
            return false;
        }
        Standing standing = now.accounts().get(username);
        if (standing == null || generation > standing.generation()) {
            now = next(now);
            standing = now == null ? null : now.accounts().get(username);
        }
        return standing != null && standing.active() && standing.generation() == generation;
    }

    private Picture current() {
        Picture now = picture;
        if (System.nanoTime() - now.takenAtNanos() <= MAX_AGE_MILLIS * 1_000_000 && now.version() >= 0) {
            return now;
        }
        return next(now);
    }

    /** Waits (at most a second) for a picture taken after {@code seen}. */
    private Picture next(Picture seen) {
        long deadline = System.nanoTime() + MAX_AGE_MILLIS * 1_000_000;
        synchronized (fresh) {
            while (picture.takenAtNanos() <= seen.takenAtNanos()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    fresh.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return picture;
        }
    }

    private void watch() {
        long backoff = POLL_MILLIS;
        while (running) {
            try (Connection c = open()) {
                backoff = POLL_MILLIS;
                while (running) {
                    long version = version(c);
                    Map<String, Standing> accounts = version == picture.version() ? picture.accounts() : accounts(c);
                    publish(new Picture(version, System.nanoTime(), accounts));
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Account standings: cannot read the accounts ({}); retrying in {} ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void publish(Picture next) {
        synchronized (fresh) {
            picture = next;
            fresh.notifyAll();
        }
    }

    private static long version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM account_standing_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Read after the version: a change committed in between is read again at the next poll, never missed. */
    private static Map<String, Standing> accounts(Connection c) throws SQLException {
        Map<String, Standing> accounts = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username, active, token_generation FROM app_user")) {
            while (rs.next()) {
                accounts.put(rs.getString(1), new Standing(rs.getBoolean(2), rs.getLong(3)));
            }
        }
        return Map.copyOf(accounts);
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
    }
}
