package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.document.akn.AknSchema;
import org.draftroom.document.docx.WordXml;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft carried through the whole procedure — an amendment accepted in consultations, tabling, a
 * revision, an oral revision, Committee action, plenary adoption — exports every one of its versions as
 * schema-valid Akoma Ntoso, Word and print HTML, and its tracked changes name who made them.
 */
@MicronautTest(transactional = false)
class EveryExportValidatesIT extends ServerTest {

    @Test
    void every_version_of_a_draft_through_the_whole_procedure_exports_valid_akoma_ntoso_word_and_html() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        accounts.facilitator(http());
        assertThat(http().post("/api/drafts/" + id + "/facilitator", p.secretariat(), Map.of("username", "facilitator")).status())
                .isEqualTo(200);
        Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", p.delegate("FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"))));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        Http.Response accepted = http().post("/api/drafts/" + id + "/amendments/" + proposed.json().get("number").asInt() + "/decision",
                accounts.facilitator(http()), Map.of("decision", "ACCEPT", "reason", "agreed"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        p.table(id);
        p.ok(id, "revise", p.delegate("VEN"), Map.of("date", "2025-11-10"));
        p.ok(id, "open-action", p.secretariat(), null);
        p.ok(id, "oral-revisions", p.secretariat(), Map.of("memberState", "BLR",
                "changes", List.of(Map.of("paragraph", "OP1", "text", "its strong support, as orally revised;"))));
        p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "IV"));
        p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "53rd plenary meeting", "date", "2025-12-16"));

        JsonNode versions = http().get("/api/drafts/" + id + "/versions", p.secretariat()).json();
        int last = p.read(id).get("currentVersion").asInt();
        assertThat(last).isGreaterThanOrEqualTo(6);
        String token = p.delegate("PER");
        for (int v = 1; v <= last; v++) {
            String base = "/api/drafts/" + id + "/versions/" + v + "/export?format=";
            Http.Response akn = http().get(base + "akn", token);
            assertThat(akn.status()).as("version " + v).isEqualTo(200);
            assertThat(AknSchema.errors(akn.body())).as("AKN of version " + v + " of " + versions).isEmpty();
            assertThat(akn.body()).contains("/akn/un/statement/deliberation/");
            Http.Response docx = http().get(base + "docx", token);
            assertThat(docx.status()).isEqualTo(200);
            assertThat(new String(docx.bytes(), 0, 2)).isEqualTo("PK");
            assertThat(http().get(base + "html", token).status()).isEqualTo(200);
        }
        WordXml changes = WordXml.of(http().get("/api/drafts/" + id + "/compare/export?from=1&to=" + last, token).bytes());
        assertThat(changes.authors()).contains("France", "Belarus (orally revised)");
        assertThat(changes.changes()).anySatisfy(c -> assertThat(c.text()).isEqualTo("five-year")
                .satisfies(t -> assertThat(c.author()).isEqualTo("France")));
    }
}
