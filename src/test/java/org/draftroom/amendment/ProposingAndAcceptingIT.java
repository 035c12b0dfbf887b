package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.fullText;
import static org.draftroom.amendment.Drafting.op;
import static org.draftroom.amendment.Drafting.paragraph;

@MicronautTest(transactional = false)
class ProposingAndAcceptingIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    @Test
    void a_delegate_proposes_the_facilitator_accepts_and_the_next_working_text_reads_as_amended() {
        long draft = drafting.draft();
        Http.Response created = drafting.propose(draft, "FRA",
                op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/amendments/1"));
        JsonNode a = created.json();
        assertThat(a.get("status").asText()).isEqualTo("PENDING");
        assertThat(a.get("kind").asText()).isEqualTo("INFORMAL");
        assertThat(a.get("memberState").get("name").asText()).isEqualTo("France");

        JsonNode list = http().get("/api/drafts/" + draft + "/amendments", accounts.delegate(http(), "PER")).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("paragraphs").get(0).asText()).isEqualTo("OP5");

        Http.Response accepted = drafting.accept(draft, 1);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("decision").get("version").asInt()).isEqualTo(2);
        JsonNode now = drafting.current(draft);
        assertThat(now.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(now.get("version").get("label").asText()).isEqualTo("working text 2");
        assertThat(now.get("version").get("kind").asText()).isEqualTo("WORKING");
        assertThat(fullText(paragraph(now, "OP5"))).contains("on a five-year basis starting").doesNotContain("four-year");
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + draft
                + " AND event_type IN ('amendment.proposed', 'amendment.accepted')")).isEqualTo(2);
    }

    @Test
    void only_the_drafts_facilitator_reviews_in_consultations_and_a_decision_needs_a_reason() {
        long draft = drafting.draft();
        int n = drafting.proposed(draft, "FRA", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", "from within existing resources, "));
        assertThat(drafting.decide(draft, n, accounts.delegate(http(), "FRA"), "ACCEPT", "mine").status()).isEqualTo(403);
        assertThat(drafting.decide(draft, n, accounts.user(http(), "facilitator2", org.draftroom.shared.Role.FACILITATOR),
                "ACCEPT", "not mine").status()).isEqualTo(403);
        assertThat(drafting.decide(draft, n, accounts.facilitator(http()), "ACCEPT", " ").status()).isEqualTo(422);
        Http.Response rejected = drafting.decide(draft, n, accounts.facilitator(http()), "REJECT", "no consensus on resources");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("decision").get("reason").asText()).isEqualTo("no consensus on resources");
        assertThat(drafting.accept(draft, n).status()).isEqualTo(409);
    }

    @Test
    void the_author_withdraws_and_nobody_else_may() {
        long draft = drafting.draft();
        int n = drafting.proposed(draft, "FRA", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        String path = "/api/drafts/" + draft + "/amendments/" + n + "/withdrawal";
        assertThat(http().post(path, accounts.delegate(http(), "DEU"), Map.of()).status()).isEqualTo(403);
        Http.Response withdrawn = http().post(path, accounts.delegate(http(), "FRA"), Map.of("reason", "overtaken"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + draft
                + " AND event_type = 'amendment.withdrawn'")).isEqualTo(1);
    }

    @Test
    void if_match_with_an_old_tag_is_refused_with_412() {
        long draft = drafting.draft();
        int n = drafting.proposed(draft, "FRA", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        String tag = http().get("/api/drafts/" + draft + "/amendments/" + n, accounts.facilitator(http())).header("ETag").orElseThrow();
        Http.Response stale = http().post("/api/drafts/" + draft + "/amendments/" + n + "/decision", accounts.facilitator(http()),
                Map.of("decision", "REJECT", "reason", "r"), "If-Match", tag.replace(".0\"", ".7\""));
        assertThat(stale.status()).isEqualTo(412);
        Http.Response fresh = http().post("/api/drafts/" + draft + "/amendments/" + n + "/decision", accounts.facilitator(http()),
                Map.of("decision", "REJECT", "reason", "r"), "If-Match", tag);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
    }

    @Test
    void nothing_can_be_proposed_in_a_terminal_stage_and_only_delegates_propose() {
        long draft = drafting.draft();
        Http.Response bySecretariat = http().post("/api/drafts/" + draft + "/amendments", accounts.secretariat(http()),
                Map.of("operations", List.of(op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"))));
        assertThat(bySecretariat.status()).isEqualTo(403);
        drafting.stage(draft, "APPROVED_BY_COMMITTEE");
        Http.Response late = drafting.propose(draft, "FRA", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("stage").asText()).isEqualTo("APPROVED_BY_COMMITTEE");
    }
}
