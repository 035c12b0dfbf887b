package org.draftroom.agreedlanguage;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The facilitator's status of each paragraph: who may mark, If-Match, the reason for leaving agreement, the reset on new words. */
@MicronautTest(transactional = false)
class NegotiationStatusIT extends ServerTest {
    @Inject
    Database database;

    private long draft() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        accounts.facilitator(http());
        Http.Response r = http().post("/api/drafts/" + id + "/facilitator", accounts.secretariat(http()), Map.of("username", "facilitator"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return id;
    }

    private JsonNode compilation(long id) {
        Http.Response r = http().get("/api/drafts/" + id + "/compilation", accounts.delegate(http(), "CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode paragraph(JsonNode compilation, String label) {
        for (JsonNode p : compilation.get("paragraphs")) {
            if (p.get("label").asText().equals(label)) {
                return p;
            }
        }
        throw new AssertionError("no " + label);
    }

    private String etag(long id, String label) {
        return paragraph(compilation(id), label).get("etag").asText();
    }

    private Http.Response mark(long id, String label, String token, Map<String, Object> body, String ifMatch) {
        return ifMatch == null ? http().put("/api/drafts/" + id + "/paragraphs/" + label + "/status", token, body)
                : http().put("/api/drafts/" + id + "/paragraphs/" + label + "/status", token, body, "If-Match", ifMatch);
    }

    @Test
    void only_the_assigned_facilitator_marks_and_only_with_the_current_entity_tag() {
        long id = draft();
        JsonNode fresh = compilation(id);
        assertThat(fresh.get("counts").get("open").asInt()).isEqualTo(93);
        assertThat(fresh.get("counts").get("agreed ad ref").asInt()).isZero();
        String tag = paragraph(fresh, "OP5").get("etag").asText();
        Map<String, Object> agreed = Map.of("status", "agreed ad ref");

        assertThat(mark(id, "OP5", accounts.delegate(http(), "BLR"), agreed, tag).status()).isEqualTo(403);
        assertThat(mark(id, "OP5", accounts.secretariat(http()), agreed, tag).status()).isEqualTo(403);
        Http.Response other = mark(id, "OP5", accounts.user(http(), "facilitator2", Role.FACILITATOR), agreed, tag);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        Http.Response noTag = mark(id, "OP5", accounts.facilitator(http()), agreed, null);
        assertThat(noTag.status()).isEqualTo(428);
        assertThat(noTag.body()).contains("If-Match");

        Http.Response done = mark(id, "OP5", accounts.facilitator(http()), agreed, tag);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asText()).isEqualTo("agreed ad ref");
        assertThat(done.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
        Http.Response stale = mark(id, "OP5", accounts.facilitator(http()), Map.of("status", "open", "reason", "r"), tag);
        assertThat(stale.status()).isEqualTo(412);

        assertThat(mark(id, "OP5", accounts.facilitator(http()), Map.of("status", "settled"), etag(id, "OP5")).status()).isEqualTo(400);
        assertThat(mark(id, "OP99", accounts.facilitator(http()), agreed, tag).status()).isEqualTo(404);
        assertThat(mark(id, "OP5", accounts.facilitator(http()), Map.of("status", "open", "reason", "x".repeat(1001)),
                etag(id, "OP5")).status()).isEqualTo(400);
        assertThat(paragraph(compilation(id), "OP5").get("status").asText()).isEqualTo("agreed ad ref");
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + id
                + " AND event_type = 'paragraph.status-changed'")).isEqualTo(1);
    }

    @Test
    void leaving_agreement_needs_a_reason_and_brackets_are_words_of_the_paragraph_printed_in_square_brackets() {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        assertThat(mark(id, "OP5", facilitator, Map.of("status", "agreed ad ref"), etag(id, "OP5")).status()).isEqualTo(200);
        Http.Response noReason = mark(id, "OP5", facilitator, Map.of("status", "bracketed", "brackets", List.of("four-year basis")),
                etag(id, "OP5"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason-required");
        Http.Response notThere = mark(id, "OP5", facilitator, Map.of("status", "bracketed", "brackets", List.of("five-year basis"),
                "reason", "Norway reopened it"), etag(id, "OP5"));
        assertThat(notThere.status()).isEqualTo(422);
        assertThat(notThere.body()).contains("five-year basis");
        assertThat(mark(id, "OP5", facilitator, Map.of("status", "bracketed", "reason", "Norway reopened it"), etag(id, "OP5"))
                .status()).isEqualTo(422);
        Http.Response bracketed = mark(id, "OP5", facilitator, Map.of("status", "bracketed", "brackets", List.of("four-year basis"),
                "reason", "Norway reopened it"), etag(id, "OP5"));
        assertThat(bracketed.status()).as(bracketed.toString()).isEqualTo(200);

        JsonNode c = compilation(id);
        JsonNode op5 = paragraph(c, "OP5");
        assertThat(op5.get("status").asText()).isEqualTo("bracketed");
        assertThat(op5.get("text").asText()).contains("on a [four-year basis] starting");
        assertThat(op5.get("reason").asText()).isEqualTo("Norway reopened it");
        assertThat(c.get("counts").get("bracketed").asInt()).isEqualTo(1);
        assertThat(c.get("counts").get("open").asInt()).isEqualTo(92);
        assertThat(c.get("byStatus").get("bracketed").get(0).asText()).isEqualTo("OP5");
        assertThat(op5.get("origin").asText()).isIn("verbatim", "modified", "new");
        // from bracketed to open: no reason needed
        assertThat(mark(id, "OP5", facilitator, Map.of("status", "open"), etag(id, "OP5")).status()).isEqualTo(200);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + id
                + " AND event_type = 'paragraph.status-changed' AND payload->>'reason' = 'Norway reopened it'")).isEqualTo(1);
    }

    @Test
    void an_accepted_amendment_that_changes_an_agreed_paragraph_opens_it_again_and_leaves_the_others() {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        assertThat(mark(id, "OP5", facilitator, Map.of("status", "agreed ad ref"), etag(id, "OP5")).status()).isEqualTo(200);
        assertThat(mark(id, "OP6", facilitator, Map.of("status", "agreed ad ref"), etag(id, "OP6")).status()).isEqualTo(200);
        Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "FRA"), Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int n = proposed.json().get("number").asInt();
        Http.Response accepted = http().post("/api/drafts/" + id + "/amendments/" + n + "/decision", facilitator,
                Map.of("decision", "ACCEPT", "reason", "agreed in informals"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        JsonNode c = compilation(id);
        assertThat(paragraph(c, "OP5").get("status").asText()).isEqualTo("open");
        assertThat(paragraph(c, "OP5").get("reset").asBoolean()).isTrue();
        assertThat(paragraph(c, "OP6").get("status").asText()).isEqualTo("agreed ad ref");
        assertThat(paragraph(c, "OP6").get("reset").asBoolean()).isFalse();
        assertThat(c.get("counts").get("agreed ad ref").asInt()).isEqualTo(1);
        // marking the new words again needs no reason: they were not agreed
        assertThat(mark(id, "OP5", facilitator, Map.of("status", "bracketed", "brackets", List.of("five-year")), etag(id, "OP5"))
                .status()).isEqualTo(200);
    }

    @Test
    void no_status_outside_consultations() {
        long id = draft();
        database.execute("UPDATE draft SET stage = 'IN_ACTION' WHERE id = " + id);
        Http.Response r = mark(id, "OP5", accounts.facilitator(http()), Map.of("status", "agreed ad ref"), etag(id, "OP5"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("IN_ACTION");
    }
}
