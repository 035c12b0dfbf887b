package org.draftroom.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The server as an installation runs it: its own JVM ({@code org.draftroom.Application} on the
 * main classes and their dependencies, never the test classes), configured by environment
 * variables, its output in a log file, stopped by a signal. For what only a real process shows:
 * {@code kill -9}, SIGTERM, refusing to start.
 */
public final class ServerProcess implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a server on a free port with the given environment (besides {@code PORT}). */
    public static ServerProcess start(Path log, Map<String, String> environment, String... jvmOptions) {
        try {
            int port = StandalonePostgres.freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m");
            // A short-lived server on a shared 2-core machine: the C1 compiler only and one GC thread,
            // so that the JIT does not compete with the start-up for the cores (see docs/OPERATIONS.md).
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.addAll(Arrays.asList(jvmOptions));
            command.add("-cp");
            command.add(mainClasspath());
            command.add("org.draftroom.Application");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("DRAFTROOM_") || k.startsWith("MICRONAUT_"));
            env.put("DRAFTROOM_WORKFLOWS_DIR", "");
            env.putAll(environment);
            env.put("PORT", Integer.toString(port));
            return new ServerProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main classes and the runtime dependencies of the build running this test. */
    static String mainClasspath() throws IOException {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).contains("surefirebooter")) {
            try (JarFile jar = new JarFile(entries.get(0))) {
                String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                entries = Arrays.stream(classPath.split(" ")).filter(s -> !s.isBlank())
                        .map(s -> Path.of(URI.create(s)).toString()).collect(Collectors.toList());
            }
        }
        return entries.stream()
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public URI uri() {
        return URI.create("http://localhost:" + port);
    }

    public Http http() {
        return new Http(uri());
    }

    /** Waits until readiness answers 200; answers false when the time ran out or the process ended. */
    public boolean awaitReady(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            if (readinessStatus() == 200) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return false;
    }

    public int readinessStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri().resolve("/health/readiness")).timeout(Duration.ofSeconds(2)).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the JVM ends at once, running nothing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops a server. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; answers its exit code, or -1 when it did not end in time. */
    public int awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
