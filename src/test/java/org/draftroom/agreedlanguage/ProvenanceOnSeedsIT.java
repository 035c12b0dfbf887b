package org.draftroom.agreedlanguage;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004 (the draft of the 80th session) against a library of the adopted 76/186 and 72/195
 * (imported by the secretariat) and seed 002 adopted in Draftroom: every paragraph classified, ten
 * of them checked by hand against the printed texts.
 */
class ProvenanceOnSeedsIT {
    private static LibraryServer library;
    private static String res74;
    private static long draft80;
    private static long draft74;

    @BeforeAll
    static void buildTheLibrary() {
        library = LibraryServer.start();
        Seeds.importSeed(library.http, library.secretariat(), Seeds.RES_76_186);
        Seeds.importSeed(library.http, library.secretariat(), Seeds.RES_72_195);
        LibraryServer.Adopted adopted = library.adoptSeed002();
        res74 = adopted.number();
        draft74 = adopted.id();
        draft80 = Seeds.importSeed(library.http, library.delegate("BLR"), Seeds.DRAFT_80);
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    private static JsonNode provenance(long id, String query) {
        Http.Response r = library.http.get("/api/drafts/" + id + "/provenance" + query, library.delegate("CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Map<String, JsonNode> byLabel(JsonNode response) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        response.get("paragraphs").forEach(p -> out.put(p.get("label").asText(), p));
        return out;
    }

    private static List<String> cites(JsonNode paragraph) {
        List<String> out = new ArrayList<>();
        paragraph.get("sources").forEach(s -> out.add(s.get("cite").asText()));
        return out;
    }

    @Test
    void every_paragraph_of_seed_004_is_classified_and_ten_agree_with_a_reading_by_hand() {
        JsonNode response = provenance(draft80, "");
        Map<String, JsonNode> p = byLabel(response);
        assertThat(p).hasSize(93);
        JsonNode counts = response.get("counts");
        assertThat(counts.get("verbatim").asInt() + counts.get("modified").asInt() + counts.get("new").asInt()).isEqualTo(93);
        assertThat(counts.get("verbatim").asInt()).isGreaterThan(30);
        assertThat(counts.get("modified").asInt()).isGreaterThan(30);
        assertThat(counts.get("new").asInt()).isGreaterThan(10);

        // the same words as adopted in 2021
        assertVerbatim(p.get("PP1"), "76/186 PP1");
        assertVerbatim(p.get("PP3"), "76/186 PP3");
        assertVerbatim(p.get("PP5"), "76/186 PP6");
        assertVerbatim(p.get("PP9(c)"), "76/186 PP10(c)");
        assertVerbatim(p.get("OP10"), "76/186 OP9");
        // the high-level meetings of 2013, 2017 and 2021, and now the eightieth session
        assertModified(p.get("OP4"), "76/186 OP4", "eightieth");
        // the report asked for at the eighty-second session instead of the seventy-sixth
        assertModified(p.get("OP38"), res74 + " OP26", "eighty-second");
        // cooperation with the Special Rapporteur, as in 2019 with new names
        assertModified(p.get("OP31"), res74 + " OP21", "slavery");
        // the supply chains paragraph of 72/195
        assertModified(p.get("PP35"), "72/195 PP24", null);
        // the high-level meeting on the Global Plan of Action held in 2025: nothing adopted came close
        assertThat(p.get("OP9").get("origin").asText()).isEqualTo("new");
        assertThat(p.get("OP9").get("sources")).isEmpty();
        assertThat(p.get("OP9").get("source").isNull()).isTrue();
    }

    private static void assertVerbatim(JsonNode paragraph, String cite) {
        assertThat(paragraph.get("origin").asText()).as(paragraph.toString()).isEqualTo("verbatim");
        assertThat(paragraph.get("source").asText()).isEqualTo(cite);
        assertThat(paragraph.get("sources").get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(paragraph.get("sources").get(0).get("difference")).isEmpty();
    }

    private static void assertModified(JsonNode paragraph, String cite, String inserted) {
        assertThat(paragraph.get("origin").asText()).as(paragraph.toString()).isEqualTo("modified");
        assertThat(paragraph.get("source").asText()).as(paragraph.toString()).isEqualTo(cite);
        JsonNode closest = paragraph.get("sources").get(0);
        assertThat(closest.get("similarity").asDouble()).isBetween(0.6, 0.999);
        assertThat(paragraph.get("sources").size()).isBetween(1, 3);
        StringBuilder insertedWords = new StringBuilder();
        StringBuilder adoptedWords = new StringBuilder();
        closest.get("difference").forEach(d -> {
            String op = d.get("op").asText();
            if (!op.equals("DELETE")) {
                insertedWords.append(op.equals("INSERT") ? d.get("text").asText() : "");
            }
            if (!op.equals("INSERT")) {
                adoptedWords.append(d.get("text").asText());
            }
        });
        assertThat(adoptedWords.toString()).isEqualTo(closest.get("text").asText());
        if (inserted != null) {
            assertThat(insertedWords.toString()).contains(inserted);
        }
    }

    @Test
    void a_draft_adopted_in_draftroom_is_in_the_library_but_never_its_own_source() {
        JsonNode own = provenance(draft74, "");
        own.get("paragraphs").forEach(p -> assertThat(cites(p)).noneMatch(c -> c.startsWith(res74 + " ")));
        Map<String, JsonNode> p = byLabel(own);
        // 74/L.16 OP26 asked for the report at the seventy-sixth session, as 72/195 had asked for it at the seventy-fourth
        assertThat(p.get("OP26").get("origin").asText()).isEqualTo("modified");
        assertThat(p.get("OP26").get("source").asText()).startsWith("72/195 OP");
        JsonNode firstVersion = provenance(draft80, "?version=1");
        assertThat(firstVersion.get("version").asInt()).isEqualTo(1);
        assertThat(firstVersion.get("versionLabel").asText()).isEqualTo("zero draft");
    }

    @Test
    void the_library_is_searched_by_words_remembered() {
        Http.Response r = library.http.get("/api/library?q=" + java.net.URLEncoder.encode("global supply chains public procurement",
                java.nio.charset.StandardCharsets.UTF_8) + "&limit=5", library.delegate("CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode found = r.json().get("paragraphs");
        assertThat(found.size()).isBetween(1, 5);
        assertThat(found.get(0).get("text").asText()).containsIgnoringCase("supply chains");
        assertThat(found.get(0).get("cite").asText()).matches("(76/186|72/195|" + res74 + ") (PP|OP)\\d+.*");
    }

    @Test
    void bad_requests_are_refused_with_a_problem_naming_what_is_wrong() {
        String token = library.delegate("CHL");
        Http.Response zero = library.http.get("/api/drafts/" + draft80 + "/provenance?version=0", token);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.contentType()).startsWith("application/problem+json");
        assertThat(zero.body()).contains("version");
        assertThat(library.http.get("/api/drafts/" + draft80 + "/provenance?version=99", token).status()).isEqualTo(404);
        assertThat(library.http.get("/api/drafts/999999/provenance", token).status()).isEqualTo(404);
        assertThat(library.http.get("/api/drafts/" + draft80 + "/provenance", null).status()).isEqualTo(401);
        Http.Response tooShort = library.http.get("/api/library?q=ab", token);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 3 characters");
        assertThat(library.http.get("/api/library?q=" + "a".repeat(501), token).status()).isEqualTo(400);
        assertThat(library.http.get("/api/library?q=trafficking&limit=51", token).status()).isEqualTo(400);
    }

    @Test
    void an_amendment_that_puts_back_the_adopted_words_restores_them() {
        long id = Seeds.importSeed(library.http, library.delegate("BLR"), Seeds.DRAFT_80);
        Http.Response proposed = library.http.post("/api/drafts/" + id + "/amendments", library.delegate("FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP38", "quote", "eighty-second", "text", "seventy-sixth"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int n = proposed.json().get("number").asInt();
        Http.Response r = library.http.get("/api/drafts/" + id + "/amendments/" + n + "/provenance", library.delegate("CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode changed = r.json().get("paragraphs");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("label").asText()).isEqualTo("OP38");
        assertThat(changed.get(0).get("before").get("origin").asText()).isEqualTo("modified");
        assertThat(changed.get(0).get("after").get("origin").asText()).isEqualTo("verbatim");
        assertThat(changed.get(0).get("effect").asText()).isEqualTo("restores the words of " + res74 + " OP26 in OP38");
        assertThat(library.http.get("/api/drafts/" + id + "/amendments/99/provenance", library.delegate("CHL")).status()).isEqualTo(404);
    }
}
