package org.draftroom.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, outside any server (as an installation's external
 * database is): on a fixed port and data directory, so that it can be stopped and started again
 * under running servers. Throw-away: not durable, deleted on close.
 */
public final class StandalonePostgres implements AutoCloseable {
    private final Path directory;
    private final int port;
    private EmbeddedPostgres postgres;

    private StandalonePostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static StandalonePostgres start(String name) {
        try {
            StandalonePostgres cluster = new StandalonePostgres(Files.createTempDirectory(name), freePort());
            cluster.start();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test's PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Stops the cluster (fast shutdown: open connections are cut), keeping its data. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Properties that point a server at this cluster. */
    public Map<String, Object> datasource() {
        return Map.of(
                "datasources.default.url", url(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "draftroom.database.reset-on-start", false);
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
