package org.draftroom.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        LOG.warn("A PostgreSQL (pid {}) left by a server that did not stop is still running on {}; stopping it first",
                process.pid(), dataDirectory);
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
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false));
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
