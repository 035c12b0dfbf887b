package org.draftroom.platform.exports;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditProbe;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heavy exports are bounded in time (configured tiny here): a file not made within
 * {@code draftroom.exports.timeout} is answered 503 problem+json naming the limit, at once, and its
 * slot is given back (so more such requests than the per-user limit are all 503, none 429); a
 * response still being sent after {@code draftroom.exports.longest} is cut off and its slot given back.
 */
@MicronautTest(transactional = false)
@Property(name = "draftroom.exports.timeout", value = "1ms")
@Property(name = "draftroom.exports.longest", value = "1ms")
@Property(name = "draftroom.exports.per-user", value = "2")
class ExportTimeBoundsIT extends ServerTest {
    private static final long DRAFT = 1_000_016_117L;
    @Inject
    Database database;
    @Inject
    AuditProbe probe;

    @Test
    void a_file_not_made_in_time_is_503_naming_the_limit_and_its_slot_is_given_back() {
        String token = accounts.user(http(), "export-impatient", Role.SECRETARIAT);
        long draft = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        for (String path : new String[]{"/versions/1/export?format=docx", "/versions/1/export?format=akn",
                "/versions/1/export?format=docx", "/versions/1/export?format=akn", "/versions/1/export?format=docx"}) {
            long begin = System.nanoTime();
            Http.Response late = http().get("/api/drafts/" + draft + path, token);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            assertThat(late.status()).as(path + ": " + late).isEqualTo(503);
            assertThat(late.contentType()).startsWith("application/problem+json");
            assertThat(late.header("Retry-After")).contains("5");
            assertThat(late.json().get("type").asText()).endsWith("/export-took-too-long");
            assertThat(late.json().get("limit").asText()).isEqualTo("draftroom.exports.timeout");
            assertThat(late.json().get("maximum").asText()).isEqualTo("PT0.001S");
            assertThat(late.json().get("detail").asText()).contains("1 ms");
            assertThat(millis).as("answered without waiting for the file").isLessThan(3_000);
            assertThat(database.count("SELECT count(*) FROM export_lease WHERE username = 'export-impatient'"))
                    .as("the slot is given back before the answer").isZero();
        }
        assertThat(http().get("/api/drafts/" + draft, token).status()).isEqualTo(200);
    }

    @Test
    void a_response_still_being_sent_after_the_longest_time_is_cut_off_and_its_slot_given_back() throws Exception {
        String note = "n".repeat(4_000);
        for (int i = 0; i < 300; i++) {
            probe.change(new AuditEvent("draft.version-created", "sec", "SECRETARIAT", null, DRAFT, Map.of("v", i, "note", note)));
        }
        String token = accounts.user(http(), "export-slow-reader", Role.SECRETARIAT);
        byte[] all;
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/audit?format=csv&order=asc&draftId=" + DRAFT + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String head = ExportLimitsIT.headOf(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            assertThat(head.toLowerCase()).contains("transfer-encoding: chunked");
            Thread.sleep(50);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            all = body.toByteArray();
        }
        String text = new String(all, StandardCharsets.UTF_8);
        assertThat(all.length).as("cut off well before the 1.2 MB of the whole export").isLessThan(600_000);
        assertThat(text).as("no final chunk: the client can tell the export is incomplete").doesNotEndWith("\r\n0\r\n\r\n");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (database.count("SELECT count(*) FROM export_lease WHERE username = 'export-slow-reader'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(database.count("SELECT count(*) FROM export_lease WHERE username = 'export-slow-reader'")).isZero();
        assertThat(http().get("/api/audit?limit=5", token).status()).isEqualTo(200);
    }
}
