package org.draftroom.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Accounts;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SigningInIT extends ServerTest {
    @Inject
    Database database;

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
        assertThat(http().get("/api/member-states", Tokens.signed(validClaims(), TEST_SECRET)).status()).isEqualTo(200);
    }

    @Test
    void a_token_without_exp_is_refused() {
        Map<String, Object> claims = validClaims();
        claims.remove("exp");
        assertRefused(claims);
    }

    @Test
    void a_token_not_valid_before_a_time_to_come_is_refused() {
        Map<String, Object> claims = validClaims();
        claims.put("nbf", System.currentTimeMillis() / 1000 + 3600);
        assertRefused(claims);
        claims.put("nbf", System.currentTimeMillis() / 1000 - 60);
        assertThat(http().get("/api/member-states", Tokens.signed(claims, TEST_SECRET)).status()).isEqualTo(200);
    }

    @Test
    void a_token_from_another_issuer_or_none_is_refused() {
        Map<String, Object> claims = validClaims();
        claims.put("iss", "someone-else");
        assertRefused(claims);
        claims.remove("iss");
        assertRefused(claims);
    }

    @Test
    void a_token_for_an_unknown_user_or_without_a_generation_or_with_an_old_one_is_refused() {
        Map<String, Object> claims = validClaims();
        claims.put("sub", "nobody-at-all");
        assertRefused(claims);
        Map<String, Object> noGeneration = validClaims();
        noGeneration.remove("gen");
        assertRefused(noGeneration);
        Map<String, Object> old = validClaims();
        old.put("gen", ((Number) old.get("gen")).longValue() - 1);
        assertRefused(old);
    }

    @Test
    void http_basic_is_refused_and_a_401_asks_for_a_bearer_token_with_the_security_headers() {
        accounts.secretariat(http());
        String basic = Base64.getEncoder().encodeToString(("secretariat:" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        Http.Response response = http().get("/api/member-states", null, "Authorization", "Basic " + basic);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(response.headers().toString())
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer").doesNotContain("Basic"));
        assertThat(response.header("Content-Security-Policy")).isPresent();
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        Http.Response wrong = http().post("/login", null, Map.of("username", "secretariat", "password", "not it at all"));
        assertThat(wrong.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(wrong.header("Content-Security-Policy")).isPresent();
        http().post("/login", null, Map.of("username", "secretariat", "password", Accounts.PASSWORD));
    }

    @Test
    void a_404_carries_the_security_headers_too() {
        Http.Response missing = http().get("/api/no-such-thing", accounts.secretariat(http()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Security-Policy")).isPresent();
        assertThat(missing.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_token_response_is_never_cached() {
        accounts.delegate(http(), "CUB");
        Http.Response login = http().post("/login", null, Map.of("username", "cub", "password", Accounts.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        assertThat(login.header("Content-Security-Policy")).isPresent();
    }

    @Test
    void control_characters_and_passwords_over_72_bytes_are_refused_with_400_not_500() {
        Http.Response nul = http().post("/login", null, Map.of("username", "se\u0000cretariat", "password", "whatever it is"));
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        assertThat(nul.json().get("detail").asText()).contains("U+0000");
        Http.Response inPassword = http().post("/login", null, Map.of("username", "secretariat", "password", "a\u0007b"));
        assertThat(inPassword.status()).isEqualTo(400);
        Http.Response longAscii = http().post("/login", null, Map.of("username", "secretariat", "password", "x".repeat(73)));
        assertThat(longAscii.status()).as(longAscii.toString()).isEqualTo(400);
        assertThat(longAscii.json().get("detail").asText()).contains("72 bytes");
        Http.Response longInBytes = http().post("/login", null, Map.of("username", "secretariat", "password", "é".repeat(37)));
        assertThat(longInBytes.status()).as("37 characters, 74 bytes").isEqualTo(400);
        Http.Response missing = http().post("/login", null, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    private static final String TEST_SECRET = "test-secret-test-secret-test-secret-0123456789";

    private Map<String, Object> validClaims() {
        accounts.secretariat(http());
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", "secretariat");
        claims.put("roles", java.util.List.of("SECRETARIAT"));
        claims.put("iss", "draftroom");
        claims.put("exp", System.currentTimeMillis() / 1000 + 600);
        claims.put("gen", database.count("SELECT token_generation FROM app_user WHERE username = 'secretariat'"));
        return claims;
    }

    private void assertRefused(Map<String, Object> claims) {
        Http.Response response = http().get("/api/member-states", Tokens.signed(claims, TEST_SECRET));
        assertThat(response.status()).as(claims.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
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
