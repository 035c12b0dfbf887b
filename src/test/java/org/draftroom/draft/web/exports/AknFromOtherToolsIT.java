package org.draftroom.draft.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * Akoma Ntoso written by other tools, in the AKN4UN form: three files written by hand from the guideline
 * (src/test/resources/akn4un) import with their numbers, paragraphs and sub-paragraphs.
 */
@MicronautTest(transactional = false)
class AknFromOtherToolsIT extends ServerTest {

    static byte[] fixture(String name) {
        try (InputStream in = AknFromOtherToolsIT.class.getResourceAsStream("/akn4un/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode imported(String name) {
        String token = accounts.secretariat(http());
        Http.Response created = http().sendBytes("POST", "/api/drafts/import", token, fixture(name), "application/akn+xml");
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        if (created.status() == 409) {
            return http().get("/api/drafts/" + created.json().get("draftId").asLong(), token).json();
        }
        return http().get("/api/drafts/" + created.json().get("id").asLong(), token).json();
    }

    static List<String> labels(JsonNode draft) {
        List<String> out = new ArrayList<>();
        draft.get("paragraphs").forEach(p -> out.add(p.get("label").asText()));
        return out;
    }

    static String text(JsonNode draft, String label) {
        for (JsonNode p : draft.get("paragraphs")) {
            if (p.get("label").asText().equals(label)) {
                return (p.get("openingPhrase").asText("") + " " + p.get("text").asText()).strip();
            }
        }
        throw new AssertionError("no " + label + " in " + labels(draft));
    }

    @Test
    void a_resolution_numbered_only_in_its_docnumber_and_iri_imports_with_its_number_links_and_unknown_elements_as_text() {
        JsonNode draft = imported("A_RES_76_142.xml");
        assertThat(draft.get("symbol").asText()).isEqualTo("A/RES/76/142");
        assertThat(labels(draft)).containsExactly("PP1", "PP2", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3");
        assertThat(text(draft, "PP1")).isEqualTo("Recalling its resolution 74/149 of 18 December 2019,");
        assertThat(text(draft, "PP2")).contains("the ILO estimates");
        assertThat(text(draft, "OP2")).isEqualTo("Calls upon all States:");
        assertThat(text(draft, "OP2(b)")).isEqualTo("To ensure access to justice for all women migrant workers;");
        assertThat(draft.get("footnotes")).hasSize(1);
    }

    @Test
    void a_draft_whose_sub_paragraphs_are_list_intro_and_points_imports_two_levels_deep() {
        JsonNode draft = imported("A_C.3_80_L.20.xml");
        assertThat(labels(draft)).containsExactly("PP1", "OP1", "OP2", "OP2(a)", "OP2(a)(i)", "OP2(a)(ii)", "OP2(b)", "OP3");
        assertThat(text(draft, "OP2(a)")).isEqualTo("To cooperate on return, including by:");
        assertThat(text(draft, "OP2(a)(ii)")).isEqualTo("Building capacity;");
    }

    @Test
    void a_revised_draft_imports_with_its_new_paragraph() {
        JsonNode draft = imported("A_C.3_80_L.20_Rev.1.xml");
        assertThat(labels(draft)).containsExactly("PP1", "OP1", "OP2", "OP3", "OP3(a)", "OP3(a)(i)", "OP3(a)(ii)", "OP3(b)", "OP4");
        assertThat(text(draft, "OP1")).isEqualTo("Requests all States to protect and assist migrants;");
        assertThat(text(draft, "OP2")).isEqualTo("Welcomes the work of the Special Rapporteur;");
    }
}
