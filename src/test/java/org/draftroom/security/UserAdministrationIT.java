package org.draftroom.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UserAdministrationIT extends ServerTest {

    @Test
    void an_administrator_moves_a_delegate_to_another_state_and_the_change_is_audited_with_before_and_after() {
        String admin = accounts.admin(http());
        http().post("/api/users", admin, Map.of("username", "moving-delegate", "password", "a good password",
                "role", "DELEGATE", "memberState", "CHL"));
        Http.Response changed = http().send("PATCH", "/api/users/moving-delegate", admin,
                Http.json(Map.of("memberState", "ARG")), "application/json");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("memberState").asText()).isEqualTo("ARG");

        JsonNode entries = http().get("/api/audit?type=user.role-changed&username=admin", accounts.secretariat(http())).json();
        assertThat(entries.toString()).contains("moving-delegate").contains("CHL").contains("ARG");
    }

    @Test
    void a_stale_if_match_is_refused_with_412_and_changes_nothing() {
        String admin = accounts.admin(http());
        http().post("/api/users", admin, Map.of("username", "stale-target", "password", "a good password", "role", "FACILITATOR"));
        Http.Response stale = http().send("PATCH", "/api/users/stale-target", admin,
                Http.json(Map.of("active", false)), "application/json", "If-Match", "\"41\"");
        assertThat(stale.status()).isEqualTo(412);
        Http.Response login = http().post("/login", null, Map.of("username", "stale-target", "password", "a good password"));
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void a_secretariat_user_cannot_change_roles() {
        Http.Response response = http().send("PATCH", "/api/users/blr", accounts.secretariat(http()),
                Http.json(Map.of("role", "ADMIN")), "application/json");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void weak_passwords_are_refused_for_accounts_an_administrator_creates() {
        String admin = accounts.admin(http());
        for (String weak : new String[] {"password", "12345678", "short one", " ".repeat(12), "password1234", "Password 1234",
                "weak-choice-user", "my weak-choice-user!", "x".repeat(73), "é".repeat(37)}) {
            Http.Response refused = http().post("/api/users", admin,
                    Map.of("username", "weak-choice-user", "password", weak, "role", "FACILITATOR"));
            assertThat(refused.status()).as("'" + weak + "': " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asText()).isEqualTo("password");
        }
        Http.Response fine = http().post("/api/users", admin,
                Map.of("username", "weak-choice-user", "password", "Lake Titicaca in June", "role", "FACILITATOR"));
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
    }

    @Test
    void an_administrator_cannot_disable_itself() {
        String admin = accounts.admin(http());
        Http.Response refused = http().send("PATCH", "/api/users/admin", admin, Http.json(Map.of("active", false)), "application/json");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("own-account");
        assertThat(http().get("/api/users", admin).status()).as("still an active administrator").isEqualTo(200);
    }
}
