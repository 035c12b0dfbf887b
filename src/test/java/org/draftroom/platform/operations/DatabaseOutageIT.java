package org.draftroom.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.Http;
import org.draftroom.support.RunningServer;
import org.draftroom.support.Seeds;
import org.draftroom.support.StandalonePostgres;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stopped and started again under a running server (a cluster of the test's own, as
 * an external database is): readiness says so within two seconds, API calls are refused with 503
 * at once, and the server serves again by itself once the database is back.
 */
class DatabaseOutageIT {

    @Test
    void with_the_database_stopped_calls_answer_503_at_once_and_the_server_recovers_by_itself() throws Exception {
        try (StandalonePostgres postgres = StandalonePostgres.start("database-outage");
             RunningServer server = RunningServer.start(postgres.datasource())) {
            Http http = server.http();
            String secretariat = server.accounts().secretariat(http);
            String delegate = server.accounts().delegate(http, "FRA");
            long draft = Seeds.importSeed(http, secretariat, Seeds.DRAFT_80);

            Timed ready = timed(() -> http.get("/health/readiness", null));
            assertThat(ready.response().status()).isEqualTo(200);
            assertThat(ready.millis()).isLessThan(2_000);
            assertThat(details(ready.response()).get("database").asText()).isEqualTo("UP");
            assertThat(details(ready.response()).get("jobExecutor").asText()).isEqualTo("UP");

            postgres.stop();

            Http.Response readiness = awaitStatus(http, "/health/readiness", 503, 3_000);
            assertThat(readiness.status()).as("readiness notices within 3 s").isEqualTo(503);
            assertThat(details(readiness).get("database").asText()).isEqualTo("DOWN");
            assertThat(timed(() -> http.get("/health/readiness", null)).millis()).isLessThan(2_000);
            assertThat(http.get("/health/liveness", null).status()).as("the process itself is fine").isEqualTo(200);

            for (Timed call : List.of(
                    timed(() -> http.get("/api/drafts/" + draft, delegate)),
                    timed(() -> http.post("/api/drafts/" + draft + "/amendments", delegate, proposal(1))),
                    timed(() -> http.post("/login", null, Map.of("username", "fra", "password", "whatever"))))) {
                assertThat(call.millis()).as("answered at once").isLessThan(1_000);
                assertThat(call.response().status()).as("%s", call.response()).isEqualTo(503);
                assertThat(call.response().contentType()).startsWith("application/problem+json");
                assertThat(call.response().json().get("type").asText()).endsWith("/database-unavailable");
                assertThat(call.response().header("Retry-After")).hasValue("5");
            }

            postgres.start();

            Http.Response back = awaitStatus(http, "/api/drafts/" + draft, 200, 20_000, delegate);
            assertThat(back.status()).as("serving again without a restart").isEqualTo(200);
            assertThat(http.post("/api/drafts/" + draft + "/amendments", delegate, proposal(2)).status()).isEqualTo(201);
            assertThat(awaitStatus(http, "/health/readiness", 200, 5_000).status()).isEqualTo(200);
            JsonNode verified = http.get("/api/audit/verify", secretariat).json();
            assertThat(verified.get("intact").asBoolean()).isTrue();
        }
    }

    private static JsonNode details(Http.Response readiness) {
        JsonNode body = readiness.json();
        JsonNode found = body.findValue("jobExecutor") == null ? null : body.findParent("jobExecutor");
        assertThat(found).as("readiness details in %s", body).isNotNull();
        return found;
    }

    private static Map<String, Object> proposal(int i) {
        return Map.of("operations", List.of(Map.of("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                "openingPhrase", "Encourages", "text", "States to keep their databases running, proposal " + i + ";")));
    }

    private static Http.Response awaitStatus(Http http, String path, int status, long millis, String... token) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Http.Response last = null;
        while (System.nanoTime() < end) {
            last = http.get(path, token.length == 0 ? null : token[0]);
            if (last.status() == status) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return last;
    }

    record Timed(Http.Response response, long millis) {
    }

    private static Timed timed(java.util.function.Supplier<Http.Response> call) {
        long start = System.nanoTime();
        Http.Response r = call.get();
        return new Timed(r, (System.nanoTime() - start) / 1_000_000);
    }
}
