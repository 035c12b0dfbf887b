package org.draftroom.web.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LiveEventsIT extends ServerTest {
    @Inject
    AuditTrail audit;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    LiveHub hub;
    @Inject
    org.draftroom.support.Database database;

    @Test
    void a_committed_change_reaches_an_open_stream_within_a_second_and_a_rolled_back_one_never() throws Exception {
        String secretariat = accounts.secretariat(http());
        long draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        try (Stream stream = open(draft, accounts.delegate(http(), "FRA"))) {
            assertThat(stream.next(10)).contains("event:ready");
            awaitWatching(draft);

            try {
                transactions.executeWrite(status -> {
                    audit.record(new AuditEvent("cosponsorship.joined", "per", "DELEGATE", "PER", draft, Map.of("memberState", "PER")));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // rolled back: nothing to announce
            }
            long start = System.nanoTime();
            transactions.executeWrite(status -> {
                audit.record(new AuditEvent("cosponsorship.joined", "chl", "DELEGATE", "CHL", draft, Map.of("memberState", "CHL")));
                return null;
            });
            // The import's own entry is sealed, and so announced, a few milliseconds after the import
            // answered: it may reach the stream first.
            String event = stream.nextSkipping("\"type\":\"draft.imported\"", 5);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(event).contains("event:change").contains("\"type\":\"cosponsorship.joined\"")
                    .contains("\"draftId\":" + draft).doesNotContain("chl").doesNotContain("CHL");
            assertThat(millis).isLessThan(1000);
            assertThat(stream.next(1)).as("only the committed change is announced").isEmpty();
        }
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_every_change_it_missed_with_what_changed() throws Exception {
        String secretariat = accounts.secretariat(http());
        long draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        String token = accounts.delegate(http(), "FRA");
        String firstId;
        try (Stream stream = open(draft, token, null)) {
            assertThat(stream.next(10)).contains("event:ready");
            awaitWatching(draft);
            joined(draft, "CHL");
            String first = stream.nextSkipping("\"type\":\"draft.imported\"", 5);
            assertThat(first).contains("\"type\":\"cosponsorship.joined\"").contains("id:");
            firstId = idOf(first);
        }
        for (int i = 0; i < 100 && hub.watching(draft) > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        // missed while away: two more changes, one of them with what changed
        joined(draft, "PER");
        transactions.executeWrite(status -> {
            audit.record(new AuditEvent("amendment.accepted", "facilitator", "FACILITATOR", null, draft,
                    Map.of("amendment", "amendment 3", "decision", "accepted", "version", 2, "memberState", "CHL",
                            "superseded", List.of(4, 5))));
            return null;
        });
        for (int i = 0; i < 250 && database.count("SELECT count(*) FROM audit_queue WHERE draft_id = " + draft) > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(20); // sealed, so that they are read as missed rather than heard live
        }
        try (Stream stream = open(draft, token, firstId)) {
            String ready = stream.next(10);
            assertThat(ready).contains("event:ready").contains("\"missed\":2");
            String second = stream.next(5);
            String third = stream.next(5);
            assertThat(second).contains("\"type\":\"cosponsorship.joined\"");
            assertThat(Long.parseLong(idOf(second))).isGreaterThan(Long.parseLong(firstId));
            assertThat(third).contains("\"type\":\"amendment.accepted\"").contains("\"amendment\":\"amendment 3\"")
                    .contains("\"status\":\"ACCEPTED\"").contains("\"version\":2").contains("\"superseded\":[4,5]")
                    .doesNotContain("CHL");
            assertThat(Long.parseLong(idOf(third))).isGreaterThan(Long.parseLong(idOf(second)));
            // and then live again
            awaitWatching(draft);
            joined(draft, "BOL");
            assertThat(stream.next(5)).contains("\"type\":\"cosponsorship.joined\"");
        }
        Http.Response bad = http().get("/api/drafts/" + draft + "/events", token, "Accept", "text/event-stream", "Last-Event-ID", "x1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    private void joined(long draft, String state) {
        transactions.executeWrite(status -> {
            audit.record(new AuditEvent("cosponsorship.joined", state.toLowerCase(), "DELEGATE", state, draft, Map.of("memberState", state)));
            return null;
        });
    }

    private static String idOf(String event) {
        return event.lines().filter(l -> l.startsWith("id:")).map(l -> l.substring(3).strip()).findFirst().orElseThrow();
    }

    @Test
    void events_need_a_token_and_an_existing_draft() {
        assertThat(http().get("/api/drafts/1/events", null, "Accept", "text/event-stream").status()).isEqualTo(401);
        Http.Response missing = http().get("/api/drafts/987654/events", accounts.delegate(http(), "FRA"), "Accept", "text/event-stream");
        assertThat(missing.status()).isEqualTo(404);
    }

    private void awaitWatching(long draft) throws InterruptedException {
        for (int i = 0; i < 100 && hub.watching(draft) == 0; i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(hub.watching(draft)).isPositive();
    }

    private Stream open(long draft, String token) throws Exception {
        return open(draft, token, null);
    }

    private Stream open(long draft, String token, String lastEventId) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.getURI().resolve("/api/drafts/" + draft + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return new Stream(response.body());
    }

    /** Reads whole events (blank-line separated) on a background thread. */
    static final class Stream implements AutoCloseable {
        private final InputStream in;
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        Stream(InputStream in) {
            this.in = in;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    StringBuilder event = new StringBuilder();
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.isEmpty()) {
                            events.add(event.toString());
                            event.setLength(0);
                        } else {
                            event.append(line.replace(": ", ":")).append('\n');
                        }
                    }
                } catch (Exception ignored) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String next(int seconds) throws InterruptedException {
            String e = events.poll(seconds, TimeUnit.SECONDS);
            while (e != null && e.contains("event:ping")) {
                e = events.poll(seconds, TimeUnit.SECONDS);
            }
            return e == null ? "" : e;
        }

        /** The next event that does not contain {@code skipped}. */
        String nextSkipping(String skipped, int seconds) throws InterruptedException {
            String e = next(seconds);
            while (e.contains(skipped)) {
                e = next(seconds);
            }
            return e;
        }

        @Override
        public void close() throws Exception {
            in.close();
        }
    }
}
