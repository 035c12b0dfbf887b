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
import static org.draftroom.amendment.Drafting.labels;
import static org.draftroom.amendment.Drafting.op;
import static org.draftroom.amendment.Drafting.paragraph;

/** Every kind of operation, proposed on seed 004 and accepted by the facilitator, one working text after another. */
@MicronautTest(transactional = false)
class OperationsOnSeed004IT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    private JsonNode acceptOne(long draft, String state, Object... operations) {
        int n = drafting.proposed(draft, state, operations);
        Http.Response r = drafting.accept(draft, n);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return drafting.current(draft);
    }

    @Test
    void a_word_that_occurs_twice_is_replaced_at_the_occurrence_named() {
        long draft = drafting.draft();
        String quote = "the progress achieved in the implementation of the Global Plan of Action";
        JsonNode now = acceptOne(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", quote, "occurrence", 2,
                "text", "the results of the Global Plan of Action"));
        String op5 = fullText(paragraph(now, "OP5"));
        assertThat(op5).contains("to appraise, from within existing resources, on a four-year basis starting at its seventy-second session, "
                + quote + " in order to assess");
        assertThat(op5).contains("on the results of the Global Plan of Action at its eighty-fourth session");
    }

    @Test
    void words_are_inserted_after_and_before_a_quote_and_deleted_in_a_sub_paragraph_pp9c() {
        long draft = drafting.draft();
        JsonNode now = acceptOne(draft, "DEU",
                op("type", "INSERT_WORDS", "paragraph", "PP9(c)", "after", "comprehensive,", "text", "gender-responsive,"),
                op("type", "DELETE_WORDS", "paragraph", "PP9(c)", "quote", "regional and "),
                op("type", "INSERT_WORDS", "paragraph", "PP9(c)", "before", "to counter", "text", "and with the participation of survivors"));
        assertThat(fullText(paragraph(now, "PP9(c)"))).isEqualTo("To promote comprehensive, gender-responsive, coordinated and consistent"
                + " responses at the national, international levels and with the participation of survivors to counter trafficking in persons,");
    }

    @Test
    void a_footnote_marker_survives_a_change_of_the_words_before_it() {
        long draft = drafting.draft();
        JsonNode before = paragraph(drafting.current(draft), "OP2");
        assertThat(before.get("footnoteRefs").get(0).get("number").asInt()).isEqualTo(35);
        int offset = before.get("footnoteRefs").get(0).get("offset").asInt();
        String beforeMarker = before.get("text").asText().substring(0, offset);
        JsonNode now = acceptOne(draft, "JPN", op("type", "REPLACE_WORDS", "paragraph", "OP2", "quote", "Member States and other stakeholders",
                "text", "all Member States and relevant stakeholders"));
        JsonNode op2 = paragraph(now, "OP2");
        assertThat(op2.get("footnoteRefs")).hasSize(1);
        assertThat(op2.get("footnoteRefs").get(0).get("number").asInt()).isEqualTo(35);
        int moved = op2.get("footnoteRefs").get(0).get("offset").asInt();
        assertThat(op2.get("text").asText().substring(0, moved))
                .isEqualTo(beforeMarker.replace("Member States and other stakeholders", "all Member States and relevant stakeholders"));
    }

    @Test
    void a_new_paragraph_after_op24_is_op24_bis_and_whole_paragraphs_are_replaced_moved_and_deleted() {
        long draft = drafting.draft();
        JsonNode v1 = drafting.current(draft);
        String op25 = fullText(paragraph(v1, "OP25"));
        String op3 = paragraph(v1, "OP3").get("id").asText();
        acceptOne(draft, "MEX", op("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER", "openingPhrase", "Encourages",
                "text", "Member States to share good practices in protecting victims in armed conflict;"));
        acceptOne(draft, "BRA", op("type", "REPLACE_PARAGRAPH", "paragraph", "OP1", "openingPhrase", "Urges",
                "text", "all States to ratify the Convention and the Protocol without delay;"));
        acceptOne(draft, "CAN", op("type", "MOVE_PARAGRAPH", "paragraph", "OP3", "position", "AFTER", "anchor", "OP7"));
        JsonNode now = acceptOne(draft, "ARG", op("type", "DELETE_PARAGRAPH", "paragraph", "OP25"));

        assertThat(fullText(paragraph(now, "OP24 bis"))).isEqualTo("Encourages Member States to share good practices in protecting victims in armed conflict;");
        assertThat(paragraph(now, "OP24 bis").get("inserted").asBoolean()).isTrue();
        assertThat(fullText(paragraph(now, "OP1"))).isEqualTo("Urges all States to ratify the Convention and the Protocol without delay;");
        assertThat(paragraph(now, "OP7").get("id").asText()).isEqualTo(op3);
        assertThat(labels(now)).containsSubsequence("OP24", "OP24 bis", "OP25");
        assertThat(now.get("paragraphs").findValuesAsText("text").stream().noneMatch(t -> op25.endsWith(t))).isTrue();
        assertThat(now.get("currentVersion").asInt()).isEqualTo(5);
        assertThat(http().get("/api/drafts/" + draft + "/amendments?status=ACCEPTED", accounts.facilitator(http())).json()
                .get("total").asInt()).isEqualTo(4);
    }

    @Test
    void what_cannot_be_applied_is_refused_saying_what_is_wrong() {
        long draft = drafting.draft();
        Http.Response unknown = drafting.propose(draft, "FRA", op("type", "DELETE_PARAGRAPH", "paragraph", "OP99"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("paragraph").asText()).isEqualTo("OP99");
        assertThat(unknown.json().get("detail").asText()).contains("OP99");

        String tooLong = "OP" + "9".repeat(5_000);
        Http.Response unreadable = drafting.propose(draft, "FRA", op("type", "DELETE_PARAGRAPH", "paragraph", tooLong));
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.json().get("type").asText()).endsWith("text-too-long");
        assertThat(unreadable.json().get("field").asText()).isEqualTo("paragraph");
        assertThat(unreadable.body()).doesNotContain(tooLong);

        Http.Response missing = drafting.propose(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "seventy-third session",
                "text", "x"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("quote").asText()).isEqualTo("seventy-third session");
        assertThat(missing.json().get("detail").asText()).contains("\"seventy-third session\"").contains("OP5");

        Http.Response ambiguous = drafting.propose(draft, "FRA", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", "Global Plan of Action"));
        assertThat(ambiguous.status()).isEqualTo(422);
        assertThat(ambiguous.json().get("occurrences").asInt()).isEqualTo(2);

        assertThat(drafting.proposeWith(draft, "FRA", Map.of("operations", List.of())).status()).isEqualTo(422);
        assertThat(drafting.propose(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year",
                "text", "four-year")).json().get("type").asText()).endsWith("/no-op");
        assertThat(drafting.propose(draft, "FRA", op("type", "REPLACE_PARAGRAPH", "paragraph", "OP5", "text", "x".repeat(5001)))
                .json().get("type").asText()).endsWith("/text-too-long");
        assertThat(drafting.propose(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year",
                "text", "five\u0007year")).json().get("type").asText()).endsWith("/control-character");
        assertThat(drafting.propose(draft, "FRA", op("type", "EXPLODE", "paragraph", "OP5")).status()).isEqualTo(422);
        assertThat(database.count("SELECT count(*) FROM amendment WHERE draft_id = " + draft)).isZero();
    }
}
