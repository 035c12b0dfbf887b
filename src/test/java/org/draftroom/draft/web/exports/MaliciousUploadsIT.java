package org.draftroom.draft.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

/** Hostile files get a 4xx problem document, and the server keeps answering other requests meanwhile. */
@MicronautTest(transactional = false)
class MaliciousUploadsIT extends ServerTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void malformed_xml_is_a_bad_request() {
        Http.Response r = upload("<akomaNtoso><statement".getBytes(StandardCharsets.UTF_8), "application/akn+xml");
        assertProblem(r, 400, "MALFORMED_XML");
    }

    @Test
    void an_entity_expansion_bomb_is_refused_while_the_server_keeps_answering() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        bomb.append("]>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&lol9;</akomaNtoso>");
        Http.Response r = whileCheckingHealth(() -> upload(bomb.toString().getBytes(StandardCharsets.UTF_8), "application/xml"));
        assertProblem(r, 400, "FORBIDDEN_XML_CONSTRUCT");
    }

    @Test
    void a_zip_bomb_is_too_large_while_the_server_keeps_answering() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("compressed size").isLessThan(1024 * 1024);
        Http.Response r = whileCheckingHealth(() -> upload(bytes.toByteArray(), DOCX));
        assertProblem(r, 413, "TOO_LARGE");
    }

    @Test
    void a_file_that_is_not_a_zip_is_not_a_word_document() {
        assertProblem(upload("just some text, not a zip".getBytes(StandardCharsets.UTF_8), DOCX), 400, "NOT_A_DOCX");
    }

    @Test
    void well_formed_xml_that_is_not_a_resolution_is_unprocessable() {
        String act = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"law\"/></akomaNtoso>";
        assertProblem(upload(act.getBytes(StandardCharsets.UTF_8), "application/akn+xml"), 422, "NOT_A_RESOLUTION");
        assertProblem(upload("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8), "text/xml"), 422,
                "NOT_A_RESOLUTION");
    }

    private Http.Response upload(byte[] body, String contentType) {
        return http().sendBytes("POST", "/api/drafts/import", accounts.secretariat(http()), body, contentType);
    }

    private static void assertProblem(Http.Response r, int status, String reason) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("reason").asText()).isEqualTo(reason);
    }

    /** Runs the upload while another thread keeps calling /health; every health check must answer 200. */
    private Http.Response whileCheckingHealth(java.util.function.Supplier<Http.Response> upload) {
        accounts.secretariat(http());
        CompletableFuture<Http.Response> result = CompletableFuture.supplyAsync(upload);
        List<Integer> health = new ArrayList<>();
        do {
            health.add(http().get("/health", null).status());
        } while (!result.isDone() || health.size() < 3);
        assertThat(health).containsOnly(200);
        return result.join();
    }
}
