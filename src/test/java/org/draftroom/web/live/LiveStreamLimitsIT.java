package org.draftroom.web.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idle live streams hold no database connection and cannot starve the server: 200 of them from
 * 20 users leave every other request answered at once, and a user past the per-user limit
 * (draftroom.live.streams-per-user, 10 by default) is refused with 429 and problem+json.
 */
@MicronautTest(transactional = false)
class LiveStreamLimitsIT extends ServerTest {
    private static final List<String> STATES = List.of("FRA", "DEU", "CHL", "PER", "BLR", "USA", "GBR", "CHN", "RUS", "JPN",
            "BRA", "IND", "MEX", "ZAF", "EGY", "KEN", "NGA", "ARG", "CAN", "AUS");
    @Inject
    LiveHub hub;

    @Test
    void two_hundred_idle_streams_from_twenty_users_leave_the_server_responsive_and_the_eleventh_of_a_user_is_429()
            throws Exception {
        String secretariat = accounts.secretariat(http());
        long draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (String state : STATES) {
                String token = accounts.delegate(http(), state);
                for (int i = 0; i < 10; i++) {
                    sockets.add(idleStream(draft, token));
                }
            }
            for (int i = 0; i < 250 && hub.watching(draft) < 200; i++) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(hub.watching(draft)).isEqualTo(200);

            Http.Response eleventh = http().get("/api/drafts/" + draft + "/events", accounts.delegate(http(), "FRA"),
                    "Accept", "text/event-stream");
            assertThat(eleventh.status()).isEqualTo(429);
            assertThat(eleventh.contentType()).startsWith("application/problem+json");
            assertThat(eleventh.json().get("detail").asText()).contains("10 live streams");
            assertThat(eleventh.header("Retry-After")).isPresent();

            String other = accounts.delegate(http(), "NZL");
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                Http.Response read = http().get("/api/drafts/" + draft, other);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(read.status()).isEqualTo(200);
                assertThat(millis).as("a read while 200 streams are open").isLessThan(2_000);
            }
            assertThat(http().get("/api/drafts", secretariat).status()).isEqualTo(200);
            assertThat(http().get("/health", null).status()).isEqualTo(200);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        for (int i = 0; i < 250 && hub.watching(draft) > 0; i++) {
            hub.publish(new DraftChange(draft, Long.MAX_VALUE - i, java.util.Map.of("draftId", draft, "type", "probe")));
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(hub.watching(draft)).as("closed streams are noticed and let go").isZero();
        assertThat(hub.heldBy("fra")).isZero();
    }

    /** A stream opened over a plain socket whose answer is never read beyond its status line. */
    private Socket idleStream(long draft, String token) throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/drafts/" + draft + "/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] status = new byte[12];
        int read = 0;
        socket.setSoTimeout(10_000);
        while (read < status.length) {
            int n = in.read(status, read, status.length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        assertThat(new String(status, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        return socket;
    }
}
