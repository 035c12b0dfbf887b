package org.draftroom.agreedlanguage;

import com.fasterxml.jackson.databind.JsonNode;
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

/** A statement of programme budget implications follows the words of the paragraphs it names. */
@MicronautTest(transactional = false)
class BudgetImplicationsIT extends ServerTest {
    @Inject
    Database database;

    private Http.Response step(long id, String step, String token, Object body) {
        Http.Response r = http().post("/api/drafts/" + id + "/" + step, token, body);
        assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
        return r;
    }

    private JsonNode statements(long id) {
        Http.Response r = http().get("/api/drafts/" + id + "/budget-implications", accounts.delegate(http(), "CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void an_oral_revision_of_a_paragraph_named_in_the_statement_flags_it_until_the_secretariat_confirms() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        step(id, "table", accounts.delegate(http(), "BLR"), Map.of("date", "2025-10-30"));
        step(id, "pbi", secretariat, Map.of("paragraphs", List.of("OP5"), "statement", "Additional resources of $120,000.",
                "date", "2025-11-05"));
        JsonNode fresh = statements(id);
        assertThat(fresh.get("mayBeOutdated").asBoolean()).isFalse();
        assertThat(fresh.get("statements").get(0).get("paragraphs").get(0).asText()).isEqualTo("OP5");

        step(id, "open-action", secretariat, Map.of("date", "2025-11-18"));
        step(id, "oral-revisions", secretariat, Map.of("memberState", "BLR", "date", "2025-11-18",
                "changes", List.of(Map.of("paragraph", "OP7", "text", "its decision, as orally revised;"))));
        assertThat(statements(id).get("mayBeOutdated").asBoolean()).as("OP7 is not named").isFalse();
        step(id, "oral-revisions", secretariat, Map.of("memberState", "BLR", "date", "2025-11-18",
                "changes", List.of(Map.of("paragraph", "OP5", "text", "its decision to appraise the progress every five years;"))));

        JsonNode flagged = statements(id);
        assertThat(flagged.get("mayBeOutdated").asBoolean()).isTrue();
        JsonNode statement = flagged.get("statements").get(0);
        assertThat(statement.get("changed")).hasSize(1);
        assertThat(statement.get("changed").get(0).get("label").asText()).isEqualTo("OP5");
        assertThat(statement.get("changed").get(0).get("after").asText()).contains("every five years");
        String tag = statement.get("etag").asText();
        long statementId = statement.get("id").asLong();
        String confirm = "/api/drafts/" + id + "/budget-implications/" + statementId + "/confirm";

        assertThat(http().post(confirm, accounts.delegate(http(), "BLR"), Map.of(), "If-Match", tag).status()).isEqualTo(403);
        assertThat(http().post(confirm, accounts.facilitator(http()), Map.of(), "If-Match", tag).status()).isEqualTo(403);
        assertThat(http().post(confirm, secretariat, Map.of()).status()).isEqualTo(428);
        assertThat(http().post(confirm, secretariat, Map.of(), "If-Match", "\"pbi" + statementId + ".7\"").status()).isEqualTo(412);
        assertThat(http().post("/api/drafts/" + id + "/budget-implications/999999/confirm", secretariat, Map.of(), "If-Match", tag)
                .status()).isEqualTo(404);
        Http.Response confirmed = http().post(confirm, secretariat, Map.of("note", "The five-year cycle costs the same."),
                "If-Match", tag);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("mayBeOutdated").asBoolean()).isFalse();
        assertThat(confirmed.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));

        JsonNode after = statements(id);
        assertThat(after.get("mayBeOutdated").asBoolean()).isFalse();
        assertThat(after.get("statements").get(0).get("confirmedBy").asText()).isEqualTo("secretariat");
        assertThat(after.get("statements").get(0).get("checkedOn").asInt()).isEqualTo(after.get("statements").get(0).get("currentVersion").asInt());
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + id
                + " AND event_type = 'pbi.confirmed' AND payload->>'changedParagraphs' LIKE '%OP5%'")).isEqualTo(1);
    }
}
