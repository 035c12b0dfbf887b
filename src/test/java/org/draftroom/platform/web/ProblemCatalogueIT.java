package org.draftroom.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of problem types is served to anyone, and a refusal's type is found in it. */
@MicronautTest(transactional = false)
class ProblemCatalogueIT extends ServerTest {

    @Test
    void anyone_reads_the_catalogue_and_each_type_names_its_title_and_statuses() {
        Http.Response response = http().get("/api/problems", null);
        assertThat(response.status()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        for (JsonNode type : response.json()) {
            slugs.add(type.get("slug").asText());
            assertThat(type.get("type").asText()).isEqualTo("https://draftroom.org/problems/" + type.get("slug").asText());
        }
        assertThat(slugs).contains("stale-draft", "stage-does-not-allow", "ballots-missing", "paragraph-missing")
                .doesNotContain("no-ballots", "no-paragraphs");

        Http.Response stale = http().get("/api/problems/stale-draft", null);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.json().get("title").asText()).isEqualTo("The draft has changed");
        assertThat(stale.json().get("statuses").get(0).asInt()).isEqualTo(412);
    }

    @Test
    void an_unknown_type_is_a_404_problem_and_the_type_of_that_problem_is_in_the_catalogue() {
        Http.Response response = http().get("/api/problems/no-such-problem", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String type = response.json().get("type").asText();
        String slug = type.substring(type.lastIndexOf('/') + 1);
        assertThat(http().get("/api/problems/" + slug, null).status()).isEqualTo(200);
    }

    @Test
    void the_api_description_lists_the_catalogue() {
        assertThat(http().get("/openapi/draftroom.yml", null).body()).contains("/api/problems", "/api/problems/{slug}");
    }
}
