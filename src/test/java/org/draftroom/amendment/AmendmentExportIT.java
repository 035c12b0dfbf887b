package org.draftroom.amendment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.document.akn.AknSchema;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.op;

/** GET …/amendments/{n}/export: the amendment as Akoma Ntoso, Word and the UN's written-amendment page. */
@MicronautTest(transactional = false)
class AmendmentExportIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    @Test
    void an_amendment_exports_as_a_valid_akoma_ntoso_amendment_a_word_file_and_a_written_amendment() throws Exception {
        long draft = drafting.draft();
        int n = drafting.proposed(draft, "FRA",
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"));
        String token = accounts.delegate(http(), "PER");
        String path = "/api/drafts/" + draft + "/amendments/" + n + "/export";

        Http.Response akn = http().get(path + "?format=akn", token);
        assertThat(akn.status()).as(akn.body()).isEqualTo(200);
        assertThat(akn.contentType()).startsWith("application/akn+xml");
        assertThat(AknSchema.errors(akn.body())).isEmpty();
        assertThat(akn.body()).contains("<amendment name=\"amendment\">", "<activeModifications>", "<textualMod ",
                "<mod ", "<quotedText ", "five-year basis", ">France</docProponent>");

        Http.Response html = http().get(path + "?format=html", token);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("France: amendment to draft resolution", "<h2>Operative paragraph 5</h2>",
                "Replace \u201Cfour-year\u201D with \u201Cfive-year\u201D");

        Http.Response docx = http().get(path + "?format=docx", token);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition").orElseThrow()).contains("_amendment-" + n + ".docx");
        assertThat(documentXml(docx.bytes())).contains("Operative paragraph 5", "five-year");

        assertThat(http().get(path + "?format=pdf", token).status()).isEqualTo(400);
        assertThat(http().get("/api/drafts/" + draft + "/amendments/999/export", token).status()).isEqualTo(404);
        assertThat(http().get(path, null).status()).isEqualTo(401);
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
