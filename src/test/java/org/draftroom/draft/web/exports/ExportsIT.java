package org.draftroom.draft.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.akn.AknSchema;
import org.draftroom.document.docx.WordXml;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ExportsIT extends ServerTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    VersionSeeder versions;

    /** Seed 004 as version 1; version 2 "A/C.3/80/L.20/Rev.1" amends OP5 and inserts a paragraph after OP3. */
    long draftWithRevision() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        Document v1 = versions.read(id, 1).document();
        Paragraph op5 = v1.byLabel("OP5").orElseThrow();
        int at = op5.fullText().indexOf("from within existing");
        Document v2 = v1.replace(op5.withFullTextReplaced(at, at + "from within existing".length(),
                        "subject to the availability of extrabudgetary"))
                .insertAfter(v1.byLabel("OP3").orElseThrow().id(), Paragraph.of(ParagraphId.of("op3-bis"),
                        ParagraphKind.OPERATIVE, 0, "Encourages", "further cooperation;"));
        versions.append(id, "A/C.3/80/L.20/Rev.1", v2.withMetadata(v2.metadata().withSymbol("A/C.3/80/L.20/Rev.1")));
        return id;
    }

    @Test
    void a_version_exports_as_valid_akoma_ntoso_named_after_its_symbol_with_wids_stable_across_versions() {
        long id = draftWithRevision();
        String token = accounts.delegate(http(), "PER");
        Http.Response v1 = http().get("/api/drafts/" + id + "/versions/1/export?format=akn", token);
        Http.Response v2 = http().get("/api/drafts/" + id + "/versions/2/export", token, "Accept", "application/akn+xml");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.contentType()).startsWith("application/akn+xml");
        assertThat(AknSchema.errors(v1.body())).isEmpty();
        assertThat(AknSchema.errors(v2.body())).isEmpty();
        assertThat(v2.header("Content-Disposition").orElseThrow()).contains("filename=\"A_C.3_80_L.20_Rev.1.xml\"");
        Map<String, String> wIds1 = paragraphIds(v1.body(), 2);
        Map<String, String> wIds2 = paragraphIds(v2.body(), 2);
        assertThat(wIds2).hasSize(wIds1.size() + 1);
        wIds1.forEach((guid, wId) -> assertThat(wIds2.get(guid)).as("wId of " + guid).isEqualTo(wId));
        assertThat(paragraphIds(v2.body(), 1).values()).as("eIds by the naming convention")
                .contains("para_1", "para_3bis", "preamble__container_1").allMatch(e -> e.matches("(para|preamble__container)_[0-9a-z_]+"));
        assertThat(v1.body()).contains("/eng@").doesNotContain("<FRBRversionNumber value=\"2\"/>").contains("<FRBRversionNumber value=\"1\"/>");
        assertThat(v2.body()).contains("<FRBRversionNumber value=\"2\"/>");
    }

    @Test
    void content_negotiation_gives_word_and_print_html_and_a_word_file_with_tracked_changes_for_two_versions() {
        long id = draftWithRevision();
        String token = accounts.delegate(http(), "RUS");
        Http.Response docx = http().get("/api/drafts/" + id + "/versions/2/export", token, "Accept", DOCX);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith(DOCX);
        assertThat(docx.header("Content-Disposition").orElseThrow()).contains("filename=\"A_C.3_80_L.20_Rev.1.docx\"");
        assertThat(new String(docx.bytes(), 0, 2)).isEqualTo("PK");
        Http.Response html = http().get("/api/drafts/" + id + "/versions/1/export", token, "Accept", "text/html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("@page", "counter(page)", "<section class=\"footnotes\">");
        assertThat(http().get("/api/drafts/" + id + "/versions/1/export?format=pdf", token).status()).isEqualTo(400);

        Http.Response tracked = http().get("/api/drafts/" + id + "/compare/export?from=1&to=2&format=docx", token);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.header("Content-Disposition").orElseThrow())
                .contains("filename=\"A_C.3_80_L.20_Rev.1_changes_v1-v2.docx\"");
        WordXml xml = WordXml.of(tracked.bytes());
        assertThat(xml.inserted()).containsExactly("3 bis.", "Encourages further cooperation;",
                "subject to the availability of extrabudgetary");
        assertThat(xml.deleted()).containsExactly("from within existing");
        assertThat(xml.authors()).as("a revision is its main sponsors', whoever downloads it").singleElement()
                .asString().contains("Belarus", "Russian Federation");
        byte[] byPeru = http().get("/api/drafts/" + id + "/compare/export?from=1&to=2&author=Peru", accounts.delegate(http(), "PER")).bytes();
        assertThat(WordXml.of(byPeru).document()).isEqualTo(xml.document());
    }

    @Test
    void an_exported_akoma_ntoso_file_imports_as_a_new_draft_that_exports_to_the_same_bytes() {
        String token = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), token, Seeds.DRAFT_74);
        Http.Response xml = http().get("/api/drafts/" + id + "/versions/1/export?format=akn", token);
        Http.Response created = http().sendBytes("POST", "/api/drafts/import", token, xml.bytes(), "application/akn+xml");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long copy = created.json().get("id").asLong();
        Http.Response again = http().get("/api/drafts/" + copy + "/versions/1/export?format=akn", token);
        assertThat(again.body()).isEqualTo(xml.body());
    }

    @Test
    void a_word_draft_imports_as_a_new_draft_with_all_its_paragraphs_and_footnotes() {
        String token = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        byte[] docx = http().get("/api/drafts/" + id + "/versions/1/export?format=docx", token).bytes();
        Http.Response created = http().sendBytes("POST", "/api/drafts/import", token, docx, DOCX);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var draft = http().get("/api/drafts/" + created.json().get("id").asLong(), token).json();
        assertThat(draft.get("footnotes")).hasSize(35);
        long pp = 0;
        long op = 0;
        for (var p : draft.get("paragraphs")) {
            String label = p.get("label").asText();
            pp += label.matches("PP\\d+") ? 1 : 0;
            op += label.matches("OP\\d+") ? 1 : 0;
        }
        assertThat(pp).isEqualTo(49);
        assertThat(op).isEqualTo(38);
    }

    /** GUID → eId of every paragraph-level element in an AKN export. */
    /** By GUID, the eId (group 1) or the wId (group 2) of every paragraph. */
    static Map<String, String> paragraphIds(String xml, int group) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<(?:container|paragraph|item|point) [^>]*eId=\"([^\"]+)\" wId=\"([^\"]+)\" GUID=\"([^\"]+)\"")
                .matcher(xml);
        while (m.find()) {
            out.put(m.group(3), m.group(group));
        }
        return out;
    }
}
