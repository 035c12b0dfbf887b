package org.draftroom.draft.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DraftsIT extends ServerTest {
    @Inject
    Database database;

    @Test
    void the_secretariat_imports_seed_004_and_reads_it_back_with_labels_footnotes_and_main_sponsors() {
        String token = accounts.secretariat(http());
        Http.Response created = http().post("/api/drafts", token, Map.of("text", Seeds.text(Seeds.DRAFT_80)));
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location").orElseThrow();

        Http.Response read = http().get(location, accounts.delegate(http(), "PER"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isPresent();
        JsonNode draft = read.json();
        assertThat(draft.get("stage").asText()).isEqualTo("CONSULTATIONS");
        assertThat(draft.get("version").get("label").asText()).isEqualTo("zero draft");
        List<String> labels = new ArrayList<>();
        draft.get("paragraphs").forEach(p -> labels.add(p.get("label").asText()));
        assertThat(labels).contains("PP1", "PP49", "PP9(a)", "PP9(f)", "OP1", "OP38").doesNotContain("PP50", "OP39");
        assertThat(labels.stream().filter(l -> l.matches("PP\\d+"))).hasSize(49);
        assertThat(labels.stream().filter(l -> l.matches("OP\\d+"))).hasSize(38);
        assertThat(draft.get("footnotes")).hasSize(35);
        assertThat(draft.get("footnotes").get(0).get("number").asInt()).isEqualTo(1);
        List<String> sponsors = new ArrayList<>();
        draft.get("mainSponsors").forEach(s -> sponsors.add(s.get("name").asText()));
        assertThat(sponsors).containsExactly("Belarus", "Democratic People's Republic of Korea", "Russian Federation",
                "Venezuela (Bolivarian Republic of)");
        JsonNode op1 = draft.get("paragraphs").findParents("label").stream()
                .filter(p -> p.get("label").asText().equals("OP1")).findFirst().orElseThrow();
        assertThat(op1.get("id").asText()).isNotBlank();
        assertThat(op1.get("openingPhrase").asText()).isNotBlank();
    }

    @Test
    void an_adopted_resolution_keeps_its_resolution_metadata() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.RES_76_186);
        JsonNode draft = http().get("/api/drafts/" + id, accounts.secretariat(http())).json();
        assertThat(draft.get("stage").asText()).isEqualTo("ADOPTED");
        assertThat(draft.get("symbol").asText()).isEqualTo("A/RES/76/186");
        JsonNode adoption = draft.get("metadata").get("adoption");
        assertThat(adoption.get("resolutionNumber").asText()).isEqualTo("76/186");
        assertThat(adoption.get("adoptionDate").asText()).isEqualTo("2021-12-16");
        assertThat(adoption.get("reportSymbol").asText()).isEqualTo("A/76/463");
        assertThat(adoption.get("reportParagraph").asInt()).isEqualTo(26);
        assertThat(adoption.get("plenaryMeeting").asText()).isEqualTo("53rd plenary meeting");
    }

    @Test
    void an_adopted_resolution_imported_twice_is_refused_naming_the_draft_that_holds_it() {
        String token = accounts.secretariat(http());
        Http.Response first = http().post("/api/drafts", token, Map.of("text", Seeds.text(Seeds.RES_72_195)));
        Http.Response second = http().post("/api/drafts", token, Map.of("text", Seeds.text(Seeds.RES_72_195)));
        assertThat(List.of(first.status(), second.status())).contains(409);
        Http.Response refused = first.status() == 409 ? first : second;
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("A/RES/72/195 is already in Draftroom");
    }

    @Test
    void a_delegates_import_is_a_zero_draft_owned_by_its_own_state_the_others_printed_only_proposed() {
        String token = accounts.delegate(http(), "PER");
        String text = Seeds.text(Seeds.DRAFT_74);
        Http.Response created = http().send("POST", "/api/drafts", token, text, "text/plain");
        assertThat(created.status()).isEqualTo(201);
        List<String> codes = new ArrayList<>();
        created.json().get("mainSponsors").forEach(s -> codes.add(s.get("code").asText()));
        assertThat(codes).containsExactly("PER");
        List<String> proposed = new ArrayList<>();
        http().get("/api/drafts/" + created.json().get("id").asLong() + "/main-sponsors", token).json().get("proposed")
                .forEach(s -> proposed.add(s.asText()));
        assertThat(proposed).containsExactly("BLR", "RUS", "VEN");
    }

    @Test
    void a_facilitator_cannot_import() {
        Http.Response response = http().post("/api/drafts", accounts.facilitator(http()), Map.of("text", Seeds.text(Seeds.DRAFT_80)));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void versions_render_and_compare_against_last_years_resolution() {
        String token = accounts.secretariat(http());
        long resolution = resolution72195(token);
        long draft = Seeds.importSeed(http(), token, Seeds.DRAFT_74);

        JsonNode versions = http().get("/api/drafts/" + draft + "/versions", token).json();
        assertThat(versions).hasSize(1);
        assertThat(http().get("/api/drafts/" + draft + "/versions/1", token).json().get("paragraphs").size()).isGreaterThan(62);

        Http.Response text = http().get("/api/drafts/" + draft + "/render?format=text", token);
        assertThat(text.body()).contains("The General Assembly,").contains("Improving the coordination of efforts against trafficking in persons");
        Http.Response html = http().get("/api/drafts/" + draft + "/render?format=html", token);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<em>").contains("data-label=\"OP1\"");

        JsonNode comparison = http().get("/api/drafts/" + draft + "/compare?against=" + resolution, token).json();
        assertThat(comparison.get("mode").asText()).isEqualTo("CONTENT");
        List<String> types = new ArrayList<>();
        comparison.get("changes").forEach(c -> types.add(c.get("type").asText()));
        assertThat(types).contains("UNCHANGED", "CHANGED", "INSERTED");
        Http.Response tracked = http().get("/api/drafts/" + draft + "/compare?against=" + resolution + "&format=html", token);
        assertThat(tracked.body()).contains("<ins").contains("<del");
    }

    @Test
    void bad_input_is_refused_with_a_problem_that_says_what_is_wrong_and_nothing_is_stored() {
        String token = accounts.secretariat(http());
        long before = count();

        Http.Response empty = http().post("/api/drafts", token, Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().get("reason").asText()).isEqualTo("EMPTY_TEXT");

        Http.Response binary = http().sendBytes("POST", "/api/drafts", token, new byte[]{(byte) 0xFF, 0, 1, 2, (byte) 0xC3}, "text/plain");
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.json().get("detail").asText()).containsIgnoringCase("binary");

        Http.Response noFormula = http().post("/api/drafts", token,
                Map.of("text", Seeds.text(Seeds.DRAFT_80).replace("The General Assembly,", "The Assembly,")));
        assertThat(noFormula.status()).isEqualTo(422);
        assertThat(noFormula.json().get("detail").asText()).contains("The General Assembly,");

        Http.Response unknownFootnote = http().post("/api/drafts", token,
                Map.of("text", Seeds.text(Seeds.DRAFT_80).replaceFirst("\n¹ ", "\n")));
        assertThat(unknownFootnote.status()).isEqualTo(422);
        assertThat(unknownFootnote.json().get("reason").asText()).isEqualTo("UNKNOWN_FOOTNOTE");

        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Http.Response tooBig = http().sendBytes("POST", "/api/drafts", token, huge, "text/plain");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");

        Http.Response unknownFormat = http().post("/api/drafts", token, Map.of("text", "x", "format", "WORDPERFECT"));
        assertThat(unknownFormat.status()).isEqualTo(422);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_paragraph_is_found_by_its_label_or_by_its_immutable_id() {
        String token = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        JsonNode byLabel = http().get("/api/drafts/" + id + "/paragraphs/PP9(c)", token).json();
        assertThat(byLabel.get("label").asText()).isEqualTo("PP9(c)");
        assertThat(byLabel.get("depth").asInt()).isEqualTo(1);
        JsonNode byId = http().get("/api/drafts/" + id + "/paragraphs/" + byLabel.get("id").asText(), token).json();
        assertThat(byId).isEqualTo(byLabel);
        Http.Response unknown = http().get("/api/drafts/" + id + "/paragraphs/OP99", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("OP99");
    }

    /** A/RES/72/195 can be imported once: the test that imports it twice may have run first. */
    private long resolution72195(String token) {
        Http.Response response = http().post("/api/drafts", token, Map.of("text", Seeds.text(Seeds.RES_72_195)));
        assertThat(response.status()).isIn(201, 409);
        return response.status() == 201 ? response.json().get("id").asLong() : response.json().get("draftId").asLong();
    }

    @Test
    void an_unknown_draft_is_404() {
        Http.Response response = http().get("/api/drafts/999999", accounts.secretariat(http()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long count() {
        return database.count("SELECT (SELECT count(*) FROM draft) + (SELECT count(*) FROM draft_version)");
    }
}
