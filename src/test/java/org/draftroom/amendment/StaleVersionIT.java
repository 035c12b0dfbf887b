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
class StaleVersionIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    @Test
    void an_amendment_against_an_older_version_is_re_anchored_when_its_target_is_unchanged_and_refused_when_it_changed() {
        long draft = drafting.draft();
        int first = drafting.proposed(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"));
        assertThat(drafting.accept(draft, first).status()).isEqualTo(200);

        Http.Response unchanged = drafting.proposeWith(draft, "DEU", Map.of("version", 1, "operations",
                List.of(op("type", "DELETE_WORDS", "paragraph", "OP7", "quote", ", to be observed annually"))));
        assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(201);
        JsonNode a = unchanged.json();
        assertThat(a.get("baseVersion").asInt()).isEqualTo(1);
        assertThat(a.get("anchoredVersion").asInt()).isEqualTo(2);
        assertThat(drafting.accept(draft, a.get("number").asInt()).status()).isEqualTo(200);
        assertThat(fullText(paragraph(drafting.current(draft), "OP7"))).contains("30 June as the World Day against Trafficking in Persons, and,");

        Http.Response changed = drafting.proposeWith(draft, "ITA", Map.of("version", 1, "operations",
                List.of(op("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "1 August"))));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("paragraph").asText()).isEqualTo("OP7");
        assertThat(changed.json().get("detail").asText()).contains("OP7");
    }
}
