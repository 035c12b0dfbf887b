package org.draftroom.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.EventStream;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server run as a process on its embedded PostgreSQL, as on a VM: killed with {@code kill -9}
 * under load and restarted on the same data directory, stopped with SIGTERM, started without a
 * secret outside demo mode. Bounded: every wait has a limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProcessIT {
    private static final String PASSWORD = "process-test-password";
    private static final List<String> DELEGATES = List.of("fra", "deu", "bra", "mex", "ind", "jpn");
    private Path dataDirectory;
    /** Kept after the run (target/server-process-logs), to read what each server wrote. */
    private Path logs;

    @BeforeAll
    void folders() throws IOException {
        dataDirectory = Files.createTempDirectory("draftroom-process-data");
        logs = Files.createDirectories(Path.of("target", "server-process-logs"));
    }

    @AfterAll
    void removeFolders() throws InterruptedException {
        postmaster(dataDirectory).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
        delete(dataDirectory);
    }

    private Map<String, String> demo() {
        Map<String, String> env = new HashMap<>();
        env.put("DRAFTROOM_DATA_DIR", dataDirectory.toString());
        env.put("DRAFTROOM_JWT_SECRET", "process-test-secret-0123456789-0123456789");
        env.put("MICRONAUT_ENVIRONMENTS", "demo");
        env.put("DRAFTROOM_DEMO_PASSWORD", PASSWORD);
        return env;
    }

    @Test
    @Order(1)
    void outside_demo_mode_without_a_secret_the_server_refuses_to_start_and_says_why() throws Exception {
        Path elsewhere = Files.createTempDirectory("draftroom-no-secret");
        try (ServerProcess server = ServerProcess.start(logs.resolve("no-secret.log"), Map.of("DRAFTROOM_DATA_DIR", elsewhere.toString()))) {
            int exit = server.awaitExit(Duration.ofSeconds(90));
            assertThat(exit).as(server.log()).isNotIn(0, -1);
            assertThat(server.log()).contains("DRAFTROOM_JWT_SECRET is not set").doesNotContain("Startup completed");
            assertThat(postmaster(elsewhere)).as("no PostgreSQL left behind").isEmpty();
        } finally {
            delete(elsewhere);
        }
    }

    @Test
    @Order(2)
    void killed_with_kill_9_under_load_it_restarts_at_once_on_the_same_data_with_every_acknowledged_proposal() throws Exception {
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        List<Long> drafts = new ArrayList<>();
        try (ServerProcess first = ServerProcess.start(logs.resolve("first.log"), demo())) {
            assertThat(first.awaitReady(Duration.ofSeconds(120))).as(first.log()).isTrue();
            Http http = first.http();
            long draft = Seeds.importSeed(http, login(http, "secretariat"), Seeds.DRAFT_80);
            drafts.add(draft);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService delegates = Executors.newFixedThreadPool(DELEGATES.size());
            List<Future<?>> load = new ArrayList<>();
            for (String delegate : DELEGATES) {
                String token = login(http, delegate);
                load.add(delegates.submit(() -> propose(http, token, delegate, draft, stop, acknowledged)));
            }
            TimeUnit.SECONDS.sleep(3);
            first.kill();
            stop.set(true);
            for (Future<?> f : load) {
                f.get(30, TimeUnit.SECONDS);
            }
            delegates.shutdown();
        }
        assertThat(acknowledged).as("proposals acknowledged before the kill").hasSizeGreaterThan(10);
        assertThat(postmaster(dataDirectory)).as("the crash left the embedded PostgreSQL running").isPresent();

        long start = System.nanoTime();
        try (ServerProcess second = ServerProcess.start(logs.resolve("second.log"), demo())) {
            assertThat(second.awaitReady(Duration.ofSeconds(15))).as(second.log()).isTrue();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).isLessThan(15_000);
            Http http = second.http();
            String secretariat = login(http, "secretariat");
            assertThat(listed(http, secretariat, drafts.get(0))).containsAll(acknowledged);
            JsonNode verified = http.get("/api/audit/verify", secretariat).json();
            assertThat(verified.get("intact").asBoolean()).as("%s", verified).isTrue();
            assertThat(second.log()).contains("left by a server that did not stop");
            second.terminate();
            assertThat(second.awaitExit(Duration.ofSeconds(15))).isNotEqualTo(-1);
        }
        assertThat(postmaster(dataDirectory)).as("the PostgreSQL it took over stopped with it").isEmpty();
    }

    @Test
    @Order(3)
    void sigterm_finishes_what_is_in_flight_ends_live_streams_and_stops_everything_in_order_quickly_and_quietly() throws Exception {
        Path log = logs.resolve("sigterm.log");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        long watched;
        try (ServerProcess server = ServerProcess.start(log, demo())) {
            assertThat(server.awaitReady(Duration.ofSeconds(60))).as(server.log()).isTrue();
            Http http = server.http();
            long draft = Seeds.importSeed(http, login(http, "secretariat"), Seeds.DRAFT_80);
            watched = draft;
            try (EventStream stream = EventStream.open(server.uri(), draft, login(http, "arg"))) {
                assertThat(stream.next(10)).contains("event:ready");
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService delegates = Executors.newFixedThreadPool(3);
                List<Future<?>> load = new ArrayList<>();
                for (String delegate : DELEGATES.subList(0, 3)) {
                    String token = login(http, delegate);
                    load.add(delegates.submit(() -> {
                        int i = 0;
                        while (!stop.get()) {
                            try {
                                Http.Response r = http.post("/api/drafts/" + draft + "/amendments", token, newParagraph(delegate, i++));
                                statuses.add(r.status());
                                if (r.status() == 201) {
                                    acknowledged.add(r.json().get("number").asInt());
                                }
                            } catch (UncheckedIOException refused) {
                                return; // no longer accepting connections
                            }
                        }
                    }));
                }
                TimeUnit.SECONDS.sleep(1);
                long start = System.nanoTime();
                server.terminate();
                int exit = server.awaitExit(Duration.ofSeconds(20));
                long millis = (System.nanoTime() - start) / 1_000_000;
                stop.set(true);
                for (Future<?> f : load) {
                    f.get(30, TimeUnit.SECONDS);
                }
                delegates.shutdown();
                assertThat(exit).as("the process ended").isNotEqualTo(-1);
                assertThat(millis).as("stopped in under 5 s").isLessThan(5_000);
                assertThat(stream.await("event:shutdown", 5)).as("a last event on the live stream").isNotEmpty();
                assertThat(stream.next(5)).isEqualTo(EventStream.END);
            }
            String written = server.log();
            assertThat(written).contains("Stopped embedded PostgreSQL").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain(" ERROR ");
        }
        assertThat(statuses).as("every request answered was answered in full").containsOnly(201);
        assertThat(acknowledged).isNotEmpty();
        assertThat(postmaster(dataDirectory)).as("the embedded PostgreSQL stopped with the server").isEmpty();

        try (ServerProcess again = ServerProcess.start(logs.resolve("after-sigterm.log"), demo())) {
            assertThat(again.awaitReady(Duration.ofSeconds(60))).as(again.log()).isTrue();
            Http http = again.http();
            assertThat(listed(http, login(http, "secretariat"), watched)).containsAll(acknowledged);
            again.terminate();
            again.awaitExit(Duration.ofSeconds(15));
        }
    }

    private static void propose(Http http, String token, String delegate, long draft, AtomicBoolean stop, Set<Integer> acknowledged) {
        int i = 0;
        while (!stop.get()) {
            try {
                Http.Response r = http.post("/api/drafts/" + draft + "/amendments", token, newParagraph(delegate, i++));
                if (r.status() == 201) {
                    acknowledged.add(r.json().get("number").asInt());
                }
            } catch (UncheckedIOException | IllegalStateException killed) {
                return;
            }
        }
    }

    private static String login(Http http, String username) {
        Http.Response r = http.post("/login", null, Map.of("username", username, "password", PASSWORD));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().get("access_token").asText();
    }

    private static Map<String, Object> newParagraph(String delegate, int i) {
        return Map.of("operations", List.of(Map.of("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                "openingPhrase", "Encourages", "text", "Member States to share good practices, proposal " + i + " of " + delegate + ";")));
    }

    private static Set<Integer> listed(Http http, String token, long draft) {
        Set<Integer> numbers = new HashSet<>();
        for (int page = 0; page < 400; page++) {
            JsonNode items = http.get("/api/drafts/" + draft + "/amendments?size=50&page=" + page, token).json().get("items");
            if (items == null || items.isEmpty()) {
                break;
            }
            items.forEach(a -> numbers.add(a.get("number").asInt()));
        }
        return numbers;
    }

    /** The live PostgreSQL named by the directory's pid file, if any. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pid = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pid)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
