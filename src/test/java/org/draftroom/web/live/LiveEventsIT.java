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
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/drafts/" + draft + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
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
