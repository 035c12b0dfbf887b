package org.draftroom.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL server per JVM, started on first use when no external database is
 * configured. With a data directory its data survives restarts; without one (tests) it lives
 * in a fresh temporary directory, so every run starts from an empty database.
 * <p>
 * A PostgreSQL left running on the data directory by a server that crashed is stopped first
 * ({@link LeftoverPostmaster}). At shutdown the database stops last: the JVM's shutdown hooks run
 * side by side, so this one waits until every connection pool on it is closed (each pool is
 * released by {@link ReleasingEmbeddedDatabase}, after the engine and the pool have stopped).
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final long WAIT_FOR_POOLS_MILLIS = 4_000;
    private static EmbeddedPostgres server;
    /** A PostgreSQL left running by a server that crashed, used as it is (see {@link LeftoverPostmaster}). */
    private static LeftoverPostmaster.Leftover reused;
    private static Path reusedDirectory;
    private static int pools;

    private EmbeddedDatabase() {
    }

    /** Starts the server if needed and answers its JDBC URL for the {@code postgres} database. */
    public static synchronized String jdbcUrl(String dataDirectory) {
        if (server == null && reused == null) {
            reused = reusable(dataDirectory);
            if (reused == null) {
                server = start(dataDirectory);
            } else {
                reusedDirectory = Path.of(dataDirectory).toAbsolutePath();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterPools, "embedded-postgres-stop"));
        }
        return url();
    }

    private static LeftoverPostmaster.Leftover reusable(String dataDirectory) {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            return null;
        }
        try {
            return LeftoverPostmaster.reusable(Path.of(dataDirectory).toAbsolutePath()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A connection pool is opened on the embedded server: it stops only once that pool is closed. */
    static synchronized String acquire(String dataDirectory) {
        String url = jdbcUrl(dataDirectory);
        pools++;
        return url;
    }

    /** A pool on the embedded server was closed. */
    static synchronized void release(String jdbcUrl) {
        if ((server != null || reused != null) && url().equals(jdbcUrl) && pools > 0) {
            pools--;
            EmbeddedDatabase.class.notifyAll();
        }
    }

    private static String url() {
        return reused != null ? reused.jdbcUrl() : server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        try {
            boolean durable = dataDirectory != null && !dataDirectory.isBlank();
            // A kept database is durable: every commit is flushed to disk before it is answered.
            // The throw-away test database needs no durability.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    // A new 16 MB WAL segment is not zero-filled first: filling it happens under
                    // the WAL write lock, and every commit waited for it (50-60 ms on this VM's
                    // disk, once every few seconds under load). Segments are still flushed with
                    // every commit, so what is committed is on disk all the same.
                    .setServerConfig("wal_init_zero", "off");
            if (dataDirectory != null && !dataDirectory.isBlank()) {
                Path dir = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(dir);
                LeftoverPostmaster.stopIfRunning(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                LOG.info("Starting embedded PostgreSQL with its data in {}", dir);
            } else {
                LOG.info("Starting embedded PostgreSQL in a temporary directory (empty database)");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void stopAfterPools() {
        synchronized (EmbeddedDatabase.class) {
            if (server == null && reused == null) {
                return; // already stopped in order (OrderlyShutdown)
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_POOLS_MILLIS);
            long left;
            while (pools > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    EmbeddedDatabase.class.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (pools > 0) {
                LOG.warn("Stopping the embedded PostgreSQL while {} connection pool(s) are still open", pools);
            }
            stop();
        }
    }

    /** Stops the embedded server, if it runs (once every pool on it is closed). */
    public static synchronized void stop() {
        if (reused != null) {
            LOG.info("Stopping the embedded PostgreSQL");
            try {
                LeftoverPostmaster.stop(reused.process(), reusedDirectory);
                LOG.info("Stopped embedded PostgreSQL");
            } catch (IOException | RuntimeException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            reused = null;
        }
        if (server != null) {
            LOG.info("Stopping the embedded PostgreSQL");
            try {
                server.close();
                LOG.info("Stopped embedded PostgreSQL");
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
    }
}
