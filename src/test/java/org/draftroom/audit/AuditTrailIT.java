package org.draftroom.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditTrailIT extends ServerTest {
    @Inject
    AuditProbe probe;
    @Inject
    AuditReader reader;

    private JsonNode entriesOf(String query) {
        Http.Response response = http().get("/api/audit?" + query, accounts.secretariat(http()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("entries");
    }

    private JsonNode onlyEntryOfRequest(String requestId) {
        JsonNode entries = entriesOf("limit=500");
        JsonNode found = null;
        int count = 0;
        for (JsonNode e : entries) {
            if (requestId.equals(e.get("requestId").asText(null))) {
                found = e;
                count++;
            }
        }
        assertThat(count).as("entries of request " + requestId).isEqualTo(1);
        return found;
    }

    static java.util.List<String> featureTypes() {
        return AuditProbe.ALL_TYPES.stream().filter(t -> !t.equals("login.failed") && !t.equals("user.created")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("featureTypes")
    void every_kind_of_state_change_writes_one_entry_with_who_what_when_and_the_request(String type) {
        String token = accounts.delegate(http(), "BLR");
        String requestId = "req-" + UUID.randomUUID();
        Http.Response response = http().post("/test/audit-probe", token,
                Map.of("type", type, "draftId", 1_000_000_077L, "payload", Map.of("before", "open", "after", "closed", "id", 5)),
                "X-Request-Id", requestId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode entry = onlyEntryOfRequest(requestId);
        assertThat(entry.get("type").asText()).isEqualTo(type);
        assertThat(entry.get("username").asText()).isEqualTo("blr");
        assertThat(entry.get("role").asText()).isEqualTo("DELEGATE");
        assertThat(entry.get("memberState").asText()).isEqualTo("BLR");
        assertThat(entry.get("draftId").asLong()).isEqualTo(1_000_000_077L);
        assertThat(entry.get("payload").toString()).isEqualTo("{\"after\":\"closed\",\"before\":\"open\",\"id\":5}");
        assertThat(entry.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(entry.get("hash").asText()).hasSize(64);
    }

    @Test
    void a_failed_sign_in_writes_an_entry_of_its_own_with_the_name_tried() {
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http().post("/login", null, Map.of("username", name, "password", "whatever")).status()).isEqualTo(401);
        JsonNode entries = entriesOf("type=login.failed&username=" + name);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("role").isNull()).isTrue();
        assertThat(entries.get(0).get("payload").get("reason").asText()).isEqualTo("unknown or inactive user");
        assertThat(entries.get(0).get("requestId").asText()).isNotBlank();
    }

    @Test
    void creating_a_user_writes_an_entry_naming_the_administrator_and_the_new_account() {
        String admin = accounts.admin(http());
        String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = http().post("/api/users", admin,
                Map.of("username", name, "password", "a good password", "role", "DELEGATE", "memberState", "PER"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode entries = entriesOf("type=user.created&username=admin");
        JsonNode entry = null;
        for (JsonNode e : entries) {
            if (name.equals(e.get("payload").get("username").asText())) {
                entry = e;
            }
        }
        assertThat(entry).as("user.created for " + name).isNotNull();
        assertThat(entry.get("role").asText()).isEqualTo("ADMIN");
        assertThat(entry.get("payload").get("memberState").asText()).isEqualTo("PER");
        assertThat(entry.get("payload").get("role").asText()).isEqualTo("DELEGATE");
    }

    @Test
    void a_refused_request_leaves_no_entry_and_no_gap() {
        String token = accounts.delegate(http(), "BLR");
        long before = reader.head().seq();
        String requestId = "req-" + UUID.randomUUID();
        Http.Response response = http().post("/test/audit-probe", token,
                Map.of("type", "cosponsorship.joined", "draftId", 1_000_000_001L, "payload", Map.of(), "fail", true),
                "X-Request-Id", requestId);
        assertThat(response.status()).isEqualTo(409);
        assertThat(reader.head().seq()).isEqualTo(before);
        for (JsonNode e : entriesOf("limit=500")) {
            assertThat(e.get("requestId").asText(null)).isNotEqualTo(requestId);
        }
        http().post("/test/audit-probe", token, Map.of("type", "cosponsorship.joined", "draftId", 1_000_000_001L, "payload", Map.of()));
        assertThat(reader.head().seq()).isEqualTo(before + 1);
        assertThat(reader.verify(null, null).intact()).isTrue();
    }

    @Test
    void a_change_that_rolls_back_takes_its_entry_with_it_and_a_committed_one_always_has_one() {
        long changes = probe.changes();
        long entries = reader.head().seq();
        AuditEvent event = new AuditEvent("draft.revised", "tester", "SECRETARIAT", null, 1_000_000_005L, Map.of("symbol", "L.1/Rev.1"));
        assertThatThrownBy(() -> probe.changeThenFail(event, new IllegalStateException("boom"))).hasMessage("boom");
        assertThat(probe.changes()).isEqualTo(changes);
        assertThat(reader.head().seq()).isEqualTo(entries);
        probe.change(event);
        assertThat(probe.changes()).isEqualTo(changes + 1);
        assertThat(reader.head().seq()).isEqualTo(entries + 1);
    }

    @Test
    void a_payload_that_has_no_exact_json_form_fails_the_change_where_it_records() {
        long entries = reader.head().seq();
        AuditEvent bad = new AuditEvent("draft.revised", "tester", "SECRETARIAT", null, 1_000_000_005L, Map.of("x", new Object()));
        assertThatThrownBy(() -> probe.change(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reader.head().seq()).isEqualTo(entries);
    }

    @Test
    void delegates_and_facilitators_are_refused_the_audit_trail_and_the_secretariat_gets_it() {
        String delegate = accounts.delegate(http(), "BLR");
        String facilitator = accounts.facilitator(http());
        String admin = accounts.admin(http());
        for (String path : new String[] {"/api/audit", "/api/audit/verify", "/api/audit/head", "/api/audit?format=csv"}) {
            assertThat(http().get(path, delegate).status()).as(path).isEqualTo(403);
            assertThat(http().get(path, facilitator).status()).as(path).isEqualTo(403);
            assertThat(http().get(path, admin).status()).as(path).isEqualTo(403);
            assertThat(http().get(path, null).status()).as(path).isEqualTo(401);
            assertThat(http().get(path, accounts.secretariat(http())).status()).as(path).isEqualTo(200);
        }
    }
}
