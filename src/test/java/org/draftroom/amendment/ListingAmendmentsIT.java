package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.op;

/** The amendment list of a draft: its filters (paragraph, status, State, author) and its pages. */
@MicronautTest(transactional = false)
class ListingAmendmentsIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;
    long draft;
    int franceOnOp5;
    int chileOnOp5WithFrance;
    int chileOnOp1Withdrawn;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
        draft = drafting.draft();
        franceOnOp5 = drafting.proposed(draft, "FRA", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", after the general debate"));
        Http.Response withFrance = drafting.proposeWith(draft, "CHL", Map.of("operations",
                List.of(op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "on a four-year basis", "text", "every four years"))));
        assertThat(withFrance.status()).as(withFrance.toString()).isEqualTo(201);
        chileOnOp5WithFrance = withFrance.json().get("number").asInt();
        Http.Response franceJoins = http().post(path("/" + chileOnOp5WithFrance + "/cosponsors"), accounts.delegate(http(), "FRA"), "");
        assertThat(franceJoins.status()).as(franceJoins.toString()).isEqualTo(200);
        chileOnOp1Withdrawn = drafting.proposed(draft, "CHL", op("type", "DELETE_WORDS", "paragraph", "OP1", "quote", "as a matter of priority"));
        Http.Response withdrawn = http().post(path("/" + chileOnOp1Withdrawn + "/withdrawal"), accounts.delegate(http(), "CHL"), Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }

    @Test
    void each_filter_narrows_the_list_and_they_combine() {
        assertThat(listed("")).containsExactly(franceOnOp5, chileOnOp5WithFrance, chileOnOp1Withdrawn);
        assertThat(listed("?paragraph=OP5")).containsExactly(franceOnOp5, chileOnOp5WithFrance);
        assertThat(listed("?status=withdrawn")).containsExactly(chileOnOp1Withdrawn);
        assertThat(listed("?status=pending&paragraph=OP5")).containsExactly(franceOnOp5, chileOnOp5WithFrance);
        assertThat(listed("?state=FRA")).as("France proposed one and co-sponsors the other").containsExactly(franceOnOp5, chileOnOp5WithFrance);
        assertThat(listed("?author=fra")).as("only what France proposed").containsExactly(franceOnOp5);
        assertThat(listed("?author=CHL&status=pending")).containsExactly(chileOnOp5WithFrance);
        assertThat(listed("?author=PER")).isEmpty();
    }

    @Test
    void a_page_past_the_last_is_empty_and_still_gives_the_total() {
        JsonNode second = list("?size=2&page=1");
        assertThat(numbersOf(second)).containsExactly(chileOnOp1Withdrawn);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        JsonNode past = list("?size=2&page=5");
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asInt()).isEqualTo(3);
    }

    @Test
    void a_state_that_is_no_member_state_is_refused_in_words() {
        Http.Response status = http().get(path("?state=pending"), accounts.facilitator(http()));
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.contentType()).startsWith("application/problem+json");
        assertThat(status.json().get("type").asText()).endsWith("unknown-member-state");
        assertThat(status.json().get("detail").asText()).contains("status=pending");
        Http.Response author = http().get(path("?author=" + "X".repeat(500)), accounts.facilitator(http()));
        assertThat(author.status()).isEqualTo(400);
        assertThat(author.json().get("parameter").asText()).isEqualTo("author");
        assertThat(author.body()).doesNotContain("XXXXXXXX");
    }

    private List<Integer> listed(String query) {
        return numbersOf(list(query));
    }

    private static List<Integer> numbersOf(JsonNode page) {
        List<Integer> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("number").asInt()));
        return numbers;
    }

    private JsonNode list(String query) {
        Http.Response r = http().get(path(query), accounts.facilitator(http()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String path(String rest) {
        return "/api/drafts/" + draft + "/amendments" + rest;
    }
}
