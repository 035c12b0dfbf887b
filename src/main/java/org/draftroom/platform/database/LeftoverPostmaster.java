package org.draftroom.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL runs as its own process: when the server's JVM dies without stopping it
 * ({@code kill -9}, a crash, the machine's OOM killer), it keeps running on the data directory and
 * the next start cannot use that directory. Before starting, its {@code postmaster.pid} is read:
 * a live {@code postgres} process serving this directory is asked for a fast shutdown (it rolls
 * back what was not committed and writes a checkpoint; committed work is kept), then waited for.
 * A pid file whose process is gone is left for PostgreSQL, which removes it itself.
 */
final class LeftoverPostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final long FAST_SHUTDOWN_SECONDS = 20;

    private LeftoverPostmaster() {
    }

    /** A postmaster left running, and the port it listens on. */
    record Leftover(ProcessHandle process, int port) {
        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }
    }

    /**
     * The postmaster left running on the directory, when it accepts connections: the restarted
     * server reuses it at once (and stops it when it stops itself) instead of waiting for it to stop
     * and for a new one to start.
     */
    static Optional<Leftover> reusable(Path dataDirectory) throws IOException {
        Optional<Leftover> leftover = leftover(dataDirectory);
        if (leftover.isPresent() && answers(leftover.get())) {
            LOG.warn("A PostgreSQL (pid {}) left by a server that did not stop is still running on {}; using it",
                    leftover.get().process().pid(), dataDirectory);
            return leftover;
        }
        return Optional.empty();
    }

    private static boolean answers(Leftover leftover) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "postgres");
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "5");
        try (Connection c = DriverManager.getConnection(leftover.jdbcUrl(), properties);
             Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            LOG.warn("The PostgreSQL left running (pid {}) does not answer ({}); stopping it", leftover.process().pid(), e.getMessage());
            return false;
        }
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        LOG.warn("A PostgreSQL (pid {}) left by a server that did not stop is still running on {}; stopping it first",
                postmaster.get().pid(), dataDirectory);
        stop(postmaster.get(), dataDirectory);
    }

    /** A fast shutdown (everything committed is kept), then an immediate one if it does not end. */
    static void stop(ProcessHandle process, Path dataDirectory) throws IOException {
        signal("INT", process);
        if (!waitFor(process, FAST_SHUTDOWN_SECONDS)) {
            LOG.warn("PostgreSQL (pid {}) did not stop within {} s; asking it to stop immediately", process.pid(), FAST_SHUTDOWN_SECONDS);
            signal("QUIT", process);
            if (!waitFor(process, 10)) {
                throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (pid " + process.pid()
                        + ") does not stop; stop it by hand (pg_ctl stop -D " + dataDirectory + ") and start again");
            }
        }
        LOG.info("The leftover PostgreSQL (pid {}) stopped", process.pid());
    }

    /** The live postmaster named by the directory's pid file, if it is a postgres serving this directory. */
    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        return leftover(dataDirectory).map(Leftover::process);
    }

    private static Optional<Leftover> leftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        int port;
        try {
            port = lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        int listening = port;
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false))
                .map(p -> new Leftover(p, listening));
    }

    private static void signal(String name, ProcessHandle process) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL", e);
        }
    }

    private static boolean waitFor(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
