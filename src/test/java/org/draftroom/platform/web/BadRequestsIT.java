package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BadRequestsIT extends ServerTest {

    @Test
    void malformed_json_gets_400_problem_json_without_internals() {
        Http.Response response = http().post("/api/users", accounts.admin(http()), "{\"username\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("Malformed JSON");
        assertThat(response.body()).doesNotContain("com.fasterxml").doesNotContain("org.draftroom");
    }

    @Test
    void an_unknown_field_is_named() {
        Http.Response response = http().post("/api/users", accounts.admin(http()),
                "{\"username\":\"x1\",\"password\":\"long enough\",\"role\":\"ADMIN\",\"isGod\":true}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("isGod");
    }

    @Test
    void a_value_of_the_wrong_type_is_named() {
        Http.Response response = http().post("/api/users", accounts.admin(http()),
                "{\"username\":\"x2\",\"password\":\"long enough\",\"role\":\"EMPEROR\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("role");
    }

    @Test
    void a_body_of_ten_megabytes_is_refused_with_413() {
        byte[] body = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        Http.Response response = http().sendBytes("POST", "/api/users", accounts.admin(http()), body, "application/json");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_route_is_404_problem_json() {
        Http.Response response = http().get("/api/nothing-here", accounts.admin(http()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void health_is_open_and_up_and_responses_carry_a_content_security_policy() {
        Http.Response response = http().get("/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
        assertThat(response.header("Content-Security-Policy")).get().asString().contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void the_api_description_is_served_without_a_token() {
        Http.Response response = http().get("/openapi/draftroom.yml", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3").contains("/api/member-states");
    }
}
