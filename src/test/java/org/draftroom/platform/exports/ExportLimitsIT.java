package org.draftroom.platform.exports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditProbe;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user has at most {@code draftroom.exports.per-user} (4) exports in flight, whatever their kind
 * and on all servers together: 50 audit exports whose client never reads get 4 answers and 46
 * refusals (429, problem+json, Retry-After, the limit named), while other users, and the same
 * user's other requests, are served at once; the slots come back when the clients go.
 */
@MicronautTest(transactional = false)
class ExportLimitsIT extends ServerTest {
    private static final long DRAFT = 1_000_016_116L;
    private static final int REQUESTED = 50;
    private static final int PER_USER = 4;
    @Inject
    AuditProbe probe;
    @Inject
    Database database;

    @AfterEach
    void noLeaseLeft() {
        database.execute("DELETE FROM export_lease");
    }

    @Test
    void fifty_unread_exports_of_one_user_get_four_answers_and_clean_refusals_while_everyone_else_is_served() throws Exception {
        String note = "n".repeat(4_000);
        for (int i = 0; i < 1_200; i++) {
            probe.change(new AuditEvent("draft.version-created", "sec", "SECRETARIAT", null, DRAFT, Map.of("v", i, "note", note)));
        }
        String hoarder = accounts.user(http(), "export-hoarder", Role.SECRETARIAT);
        String colleague = accounts.user(http(), "export-colleague", Role.SECRETARIAT);
        String delegate = accounts.delegate(http(), "NOR");
        long draft = Seeds.importSeed(http(), colleague, Seeds.RES_76_186);
        List<Socket> unread = new ArrayList<>();
        int answered = 0;
        int refused = 0;
        try {
            for (int i = 0; i < REQUESTED; i++) {
                Socket socket = auditExport(hoarder);
                String head = headOf(socket.getInputStream());
                if (head.startsWith("HTTP/1.1 200")) {
                    answered++;
                    unread.add(socket);
                } else {
                    assertThat(head).as("a refusal").startsWith("HTTP/1.1 429");
                    assertThat(head.toLowerCase()).contains("content-type: application/problem+json")
                            .contains("retry-after: 5");
                    refused++;
                    socket.close();
                }
            }
            assertThat(answered).as("exports in flight").isEqualTo(PER_USER);
            assertThat(refused).isEqualTo(REQUESTED - PER_USER);
            assertThat(database.count("SELECT count(*) FROM export_lease WHERE username = 'export-hoarder'")).isEqualTo(PER_USER);

            Http.Response word = http().get("/api/drafts/" + draft + "/versions/1/export?format=docx", hoarder);
            assertThat(word.status()).as("every kind of export counts: " + word).isEqualTo(429);
            assertThat(word.contentType()).startsWith("application/problem+json");
            assertThat(word.header("Retry-After")).contains("5");
            assertThat(word.json().get("type").asText()).endsWith("/too-many-exports");
            assertThat(word.json().get("limit").asText()).isEqualTo("draftroom.exports.per-user");
            assertThat(word.json().get("maximum").asInt()).isEqualTo(PER_USER);

            long begin = System.nanoTime();
            assertThat(http().get("/api/drafts", delegate).status()).isEqualTo(200);
            assertThat(http().get("/api/drafts/" + draft, hoarder).status()).as("the same user's other requests").isEqualTo(200);
            Http.Response other = http().get("/api/drafts/" + draft + "/versions/1/export?format=docx", colleague);
            assertThat(other.status()).as("another user's export").isEqualTo(200);
            assertThat(other.bytes().length).isGreaterThan(1_000);
            assertThat(http().get("/api/drafts/" + draft + "/versions/1/export?format=akn", delegate).status()).isEqualTo(200);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            assertThat(millis).as("other users served at once").isLessThan(5_000);
            assertThat(http().get("/health/readiness", null).status()).isEqualTo(200);
        } finally {
            for (Socket socket : unread) {
                socket.close();
            }
        }
        assertThat(waitForLeases("export-hoarder", 0)).as("slots given back when the clients went").isZero();
        Http.Response again = http().get("/api/drafts/" + draft + "/versions/1/export?format=docx", hoarder);
        assertThat(again.status()).isEqualTo(200);
        assertThat(waitForLeases("export-hoarder", 0)).as("a finished export gives its slot back").isZero();
    }

    @Test
    void the_limit_counts_the_exports_the_user_has_in_flight_on_other_servers() {
        String far = accounts.user(http(), "export-far", Role.SECRETARIAT);
        long draft = Seeds.importSeed(http(), far, Seeds.DRAFT_80);
        for (int i = 0; i < PER_USER; i++) {
            database.execute("INSERT INTO export_lease (username, server, what, expires_at)"
                    + " VALUES ('export-far', 'another-server', 'GET /api/audit?format=csv', now() + interval '10 minutes')");
        }
        database.execute("INSERT INTO export_lease (username, server, what, expires_at)"
                + " VALUES ('export-far', 'a-crashed-server', 'GET /api/audit?format=csv', now() - interval '1 second')");
        Http.Response refused = http().get("/api/drafts/" + draft + "/versions/1/export?format=html", far);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.json().get("type").asText()).endsWith("/too-many-exports");
        assertThat(database.count("SELECT count(*) FROM export_lease WHERE username = 'export-far' AND server = 'a-crashed-server'"))
                .as("a lapsed slot of a crashed server is cleared").isZero();

        database.execute("DELETE FROM export_lease WHERE id = (SELECT min(id) FROM export_lease WHERE username = 'export-far')");
        Http.Response served = http().get("/api/drafts/" + draft + "/versions/1/export?format=html", far);
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.body()).contains("<html");
    }

    private Socket auditExport(String token) throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setReceiveBufferSize(4 * 1024);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("GET /api/audit?format=csv&order=asc&draftId=" + DRAFT + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The status line and headers of a response, read byte by byte so that nothing of its body is read. */
    static String headOf(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private long waitForLeases(String username, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long count;
        do {
            count = database.count("SELECT count(*) FROM export_lease WHERE username = '" + username + "'");
            if (count == expected) {
                return count;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return count;
    }
}
