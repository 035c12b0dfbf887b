package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The inputs that once gave 500 (issue 16) are refused in words: 400 or 422, problem+json, nothing stored. */
@MicronautTest(transactional = false)
class ListedServerErrorsIT extends ServerTest {
    @Inject
    Database database;

    @Test
    void a_nul_in_a_query_parameter_is_400_naming_the_parameter() {
        String secretariat = accounts.secretariat(http());
        for (String path : List.of("/api/drafts?stage=%00", "/api/audit?username=%00", "/api/drafts?committee=a%07b",
                "/api/audit?type=%1B")) {
            Http.Response response = http().get(path, secretariat);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).endsWith("control-character");
            assertThat(response.json().get("detail").asText()).contains("'" + path.substring(path.indexOf('?') + 1, path.indexOf('=')) + "'");
        }
        assertThat(http().get("/api/drafts/%00", secretariat).status()).isEqualTo(400);
    }

    @Test
    void a_nul_in_a_body_field_is_400_naming_the_field() {
        long draft = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        long before = database.count("SELECT count(*) FROM amendment WHERE draft_id = " + draft);
        Http.Response response = http().post("/api/drafts/" + draft + "/amendments", accounts.delegate(http(), "FRA"),
                Map.of("justification", "because\u0000", "operations", List.of(Map.of("type", "DELETE_PARAGRAPH", "paragraph", "OP7"))));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("justification").contains("U+0000");
        assertThat(database.count("SELECT count(*) FROM amendment WHERE draft_id = " + draft)).isEqualTo(before);
        Http.Response inText = http().send("POST", "/api/drafts", accounts.secretariat(http()),
                Seeds.text(Seeds.DRAFT_80).replace("Third Committee", "Third\u0000Committee"), "text/plain");
        assertThat(inText.status()).as(inText.toString()).isEqualTo(400);
        assertThat(inText.json().get("detail").asText()).contains("U+0000");
    }

    @Test
    void a_heading_saying_resolution_adopted_after_original_english_is_refused_and_no_null_label_is_stored() {
        String text = Seeds.text(Seeds.DRAFT_80).replace("Original: English\n",
                "Original: English\n\nResolution adopted by the General Assembly on 19 December 2025\n");
        long drafts = database.count("SELECT count(*) FROM draft");
        for (String token : List.of(accounts.secretariat(http()), accounts.delegate(http(), "BLR"))) {
            Http.Response response = http().send("POST", "/api/drafts", token, text, "text/plain");
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(database.count("SELECT count(*) FROM draft")).isEqualTo(drafts);
    }

    @Test
    void passwords_over_72_bytes_are_refused_when_an_administrator_creates_an_account() {
        Http.Response response = http().post("/api/users", accounts.admin(http()),
                Map.of("username", "long-password", "password", "ü".repeat(40), "role", "FACILITATOR"));
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("detail").asText()).contains("72 bytes");
        assertThat(database.count("SELECT count(*) FROM app_user WHERE username = 'long-password'")).isZero();
    }
}
