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
}
