package org.draftroom.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SigningInIT extends ServerTest {

    @Test
    void a_delegate_signs_in_and_gets_a_bearer_token_naming_its_state() {
        accounts.delegate(http(), "BLR");
        Http.Response login = http().post("/login", null, Map.of("username", "blr", "password", Accounts.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String token = login.json().get("access_token").asText();
        Http.Response me = http().get("/api/me", token);
        assertThat(me.json().get("role").asText()).isEqualTo("DELEGATE");
        assertThat(me.json().get("memberState").asText()).isEqualTo("BLR");
    }

    @Test
    void a_wrong_password_is_refused_with_401_problem_json() {
        accounts.delegate(http(), "FRA");
        Http.Response login = http().post("/login", null, Map.of("username", "fra", "password", "wrong"));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(login.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void no_token_gives_401_problem_json() {
        Http.Response response = http().get("/api/member-states", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        String forged = Tokens.signed(Map.of("sub", "secretariat", "roles", java.util.List.of("SECRETARIAT"),
                "exp", System.currentTimeMillis() / 1000 + 3600), "another-secret-another-secret-another-secret-42");
        Http.Response response = http().get("/api/member-states", forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_expired_token_is_refused() {
        String expired = Tokens.signed(Map.of("sub", "secretariat", "roles", java.util.List.of("SECRETARIAT"),
                "exp", System.currentTimeMillis() / 1000 - 60), "test-secret-test-secret-test-secret-0123456789");
        Http.Response response = http().get("/api/member-states", expired);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_correctly_signed_token_made_the_same_way_is_accepted_so_the_refusals_above_mean_something() {
        String valid = Tokens.signed(Map.of("sub", "secretariat", "roles", java.util.List.of("SECRETARIAT"),
                "exp", System.currentTimeMillis() / 1000 + 600), "test-secret-test-secret-test-secret-0123456789");
        assertThat(http().get("/api/member-states", valid).status()).isEqualTo(200);
    }

    @Test
    void a_token_with_alg_none_is_refused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"secretariat\",\"roles\":[\"SECRETARIAT\"],\"exp\":"
                + (System.currentTimeMillis() / 1000 + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        Http.Response response = http().get("/api/member-states", header + "." + claims + ".");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_delegate_cannot_reach_an_administrators_endpoint() {
        String token = accounts.delegate(http(), "RUS");
        Http.Response response = http().post("/api/users", token,
                Map.of("username", "someone", "password", "long enough", "role", "SECRETARIAT"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_administrator_creates_a_delegate_who_can_then_sign_in() {
        String admin = accounts.admin(http());
        Http.Response created = http().post("/api/users", admin,
                Map.of("username", "peru-delegate", "password", "a good password", "role", "DELEGATE", "memberState", "PER"));
        assertThat(created.status()).isEqualTo(201);
        Http.Response login = http().post("/login", null, Map.of("username", "peru-delegate", "password", "a good password"));
        assertThat(login.status()).isEqualTo(200);
        Http.Response unknownState = http().post("/api/users", admin,
                Map.of("username", "nobody", "password", "a good password", "role", "DELEGATE", "memberState", "XXX"));
        assertThat(unknownState.status()).isEqualTo(422);
        assertThat(unknownState.json().get("detail").asText()).contains("XXX");
    }
}
