package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Input a client should not send gets a 4xx that says what is wrong, never a 500. */
@MicronautTest(transactional = false)
class HostileInputIT extends ServerTest {

    @Test
    void a_null_inside_a_list_is_refused_as_malformed() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        Http.Response response = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "FRA"),
                "{\"operations\":[null]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("operations");
    }

    @Test
    void a_blank_paragraph_name_and_an_absurd_page_are_4xx() {
        String token = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        assertThat(http().get("/api/drafts/" + id + "/paragraphs/%20", token).status()).isEqualTo(404);
        Http.Response page = http().get("/api/drafts/" + id + "/amendments?page=50000000&size=50", token);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_date_out_of_any_plausible_range_is_422() {
        String token = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        Http.Response response = http().post("/api/drafts/" + id + "/table", token, Map.of("date", "+10000000-01-01"));
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void two_drafts_tabled_under_the_same_chosen_symbol_give_one_success_and_one_conflict() throws Exception {
        String token = accounts.secretariat(http());
        long first = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        long second = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> http().post("/api/drafts/" + first + "/table", token, Map.of("symbol", "A/C.3/80/L.99")));
            var b = pool.submit(() -> http().post("/api/drafts/" + second + "/table", token, Map.of("symbol", "A/C.3/80/L.99")));
            int sa = a.get().status();
            int sb = b.get().status();
            assertThat(java.util.List.of(sa, sb)).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
    }
}
