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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.fullText;
import static org.draftroom.amendment.Drafting.numbers;
import static org.draftroom.amendment.Drafting.op;
import static org.draftroom.amendment.Drafting.paragraph;

@MicronautTest(transactional = false)
class CompetingAmendmentsIT extends ServerTest {
    @Inject
    Database database;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    private int[] twoOverlappingEditsOfOp5(long draft) {
        int france = drafting.proposed(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5",
                "quote", "on a four-year basis", "text", "on a five-year basis"));
        int brazil = drafting.proposed(draft, "BRA", op("type", "REPLACE_WORDS", "paragraph", "OP5",
                "quote", "four-year basis starting at its seventy-second session", "text", "regular basis"));
        return new int[] {france, brazil};
    }

    @Test
    void two_delegations_editing_overlapping_words_of_op5_compete_and_only_one_can_be_accepted() {
        long draft = drafting.draft();
        int[] n = twoOverlappingEditsOfOp5(draft);
        int unrelated = drafting.proposed(draft, "JPN", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", after the general debate"));

        JsonNode list = http().get("/api/drafts/" + draft + "/amendments?paragraph=OP5", accounts.delegate(http(), "CHL")).json();
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("competing")).hasSize(1);
        assertThat(list.get("competing").get(0).get("paragraph").asText()).isEqualTo("OP5");
        assertThat(numbers(list.get("competing").get(0).get("amendments"))).containsExactly(n[0], n[1]);
        assertThat(numbers(list.get("items").get(0).get("competesWith"))).containsExactly(n[1]);
        assertThat(numbers(list.get("items").get(2).get("competesWith"))).isEmpty();

        Http.Response both = http().get("/api/drafts/" + draft + "/amendments/preview?amendments=" + n[0] + "," + n[1],
                accounts.delegate(http(), "CHL"));
        assertThat(both.status()).isEqualTo(409);
        assertThat(both.json().get("detail").asText()).contains("[" + n[0] + ", " + n[1] + "]").contains("OP5");
        assertThat(numbers(both.json().get("conflicts").get(0).get("amendments"))).containsExactly(n[0], n[1]);

        Http.Response html = http().get("/api/drafts/" + draft + "/amendments/preview?format=html&amendments=" + n[0] + "," + unrelated,
                accounts.delegate(http(), "CHL"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<del>four-year</del>").contains("<ins>five-year</ins>").contains("<del>, after the general debate</del>");
        JsonNode json = http().get("/api/drafts/" + draft + "/amendments/preview?amendments=" + n[0], accounts.facilitator(http())).json();
        assertThat(json.get("comparison").get("changes").findValuesAsText("type")).contains("CHANGED");

        assertThat(drafting.accept(draft, n[0]).status()).isEqualTo(200);
        Http.Response loser = drafting.accept(draft, n[1]);
        assertThat(loser.status()).isEqualTo(409);
        assertThat(http().get("/api/drafts/" + draft + "/amendments/" + n[1], accounts.facilitator(http())).json()
                .get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(drafting.accept(draft, unrelated).status()).as("re-anchored, not competing").isEqualTo(200);
        String op5 = fullText(paragraph(drafting.current(draft), "OP5"));
        assertThat(op5).contains("on a five-year basis starting").doesNotContain("regular basis").doesNotContain("after the general debate");
    }

    @Test
    void deleting_words_competes_with_inserting_after_them_so_the_two_never_leave_an_insertion_dangling() {
        long draft = drafting.draft();
        int insertion = drafting.proposed(draft, "FRA", op("type", "INSERT_WORDS", "paragraph", "OP5",
                "after", "on a four-year basis", "text", "or as needed"));
        Http.Response deletion = drafting.propose(draft, "CHL", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", "on a four-year basis"));
        assertThat(deletion.status()).as(deletion.toString()).isEqualTo(201);
        assertThat(numbers(deletion.json().get("competesWith"))).containsExactly(insertion);
        int deleted = deletion.json().get("number").asInt();
        Http.Response before = drafting.propose(draft, "JPN", op("type", "INSERT_WORDS", "paragraph", "OP5",
                "before", "on a four-year basis", "text", "regularly"));
        assertThat(numbers(before.json().get("competesWith"))).as("an insertion proposed after the deletion finds it too")
                .containsExactly(deleted);

        Http.Response both = http().get("/api/drafts/" + draft + "/amendments/preview?amendments=" + insertion + "," + deleted,
                accounts.facilitator(http()));
        assertThat(both.status()).isEqualTo(409);
        assertThat(both.json().get("detail").asText()).contains("[" + insertion + ", " + deleted + "] on OP5");
        assertThat(drafting.accept(draft, deleted).status()).isEqualTo(200);
        assertThat(drafting.accept(draft, insertion).status()).as("its words are gone").isEqualTo(409);
    }

    @Test
    void a_deletion_of_op7_competes_with_an_edit_of_op7() {
        long draft = drafting.draft();
        int edit = drafting.proposed(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"));
        int deletion = drafting.proposed(draft, "RUS", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        JsonNode list = http().get("/api/drafts/" + draft + "/amendments", accounts.facilitator(http())).json();
        assertThat(numbers(list.get("competing").get(0).get("amendments"))).containsExactly(edit, deletion);
        assertThat(drafting.accept(draft, deletion).status()).isEqualTo(200);
        assertThat(drafting.accept(draft, edit).status()).isEqualTo(409);
    }

    @Test
    void an_amendment_anchored_before_its_paragraph_changed_still_competes_with_new_proposals_on_its_words() {
        long draft = drafting.draft();
        int france = drafting.proposed(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP5",
                "quote", "on a four-year basis", "text", "on a five-year basis"));
        int japan = drafting.proposed(draft, "JPN", op("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", from within existing resources"));
        assertThat(drafting.accept(draft, japan).status()).as("the words before France's move, so its positions are stale").isEqualTo(200);

        int brazil = drafting.proposed(draft, "BRA", op("type", "REPLACE_WORDS", "paragraph", "OP5",
                "quote", "four-year basis starting", "text", "regular basis starting"));
        int chile = drafting.proposed(draft, "CHL", op("type", "INSERT_WORDS", "paragraph", "OP5",
                "after", "four-year basis", "text", "under review"));
        int mexico = drafting.proposed(draft, "MEX", op("type", "REPLACE_WORDS", "paragraph", "OP5",
                "quote", "seventy-second session", "text", "eighty-first session"));

        JsonNode list = http().get("/api/drafts/" + draft + "/amendments?paragraph=OP5&status=pending", accounts.facilitator(http())).json();
        List<List<Integer>> pairs = new ArrayList<>();
        list.get("competing").forEach(c -> c.get("pairs").forEach(pair -> pairs.add(numbers(pair))));
        assertThat(pairs).as("France's words were placed on version 1, before OP5 changed; Chile inserts after words France rewrites")
                .contains(List.of(france, brazil), List.of(brazil, chile), List.of(france, chile));
        assertThat(pairs.stream().flatMap(List::stream)).doesNotContain(mexico);
    }

    @Test
    void concurrent_acceptances_of_competing_amendments_leave_one_winner_and_a_409() throws Exception {
        long draft = drafting.draft();
        int[] n = twoOverlappingEditsOfOp5(draft);
        String token = accounts.facilitator(http());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> results = new ArrayList<>();
        for (int number : n) {
            Callable<Http.Response> accept = () -> {
                start.await();
                return drafting.decide(draft, number, token, "ACCEPT", "race");
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Response> f : results) {
            statuses.add(f.get().status());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(drafting.current(draft).get("currentVersion").asInt()).isEqualTo(2);
        String op5 = fullText(paragraph(drafting.current(draft), "OP5"));
        assertThat(op5.contains("five-year basis") ^ op5.contains("regular basis")).isTrue();
    }

    @Test
    void proposals_made_at_the_same_moment_on_the_same_words_are_all_listed_as_competing() throws Exception {
        long draft = drafting.draft();
        List<String> states = List.of("FRA", "BRA", "JPN", "CHL", "MEX", "DEU", "ITA", "ARG", "KEN", "IND", "CAN", "NOR");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(states.size());
        List<Future<Integer>> numbers = new ArrayList<>();
        for (String state : states) {
            numbers.add(pool.submit(() -> {
                start.await();
                return drafting.proposed(draft, state, op("type", "REPLACE_WORDS", "paragraph", "OP5",
                        "quote", "four-year basis", "text", "basis set by " + state));
            }));
        }
        start.countDown();
        List<Integer> proposed = new ArrayList<>();
        for (Future<Integer> f : numbers) {
            proposed.add(f.get());
        }
        pool.shutdown();

        JsonNode list = http().get("/api/drafts/" + draft + "/amendments?size=50", accounts.facilitator(http())).json();
        assertThat(list.get("competing")).hasSize(1);
        assertThat(list.get("competing").get(0).get("pairs")).as("every two of the 12, however their proposals interleaved")
                .hasSize(12 * 11 / 2);
        list.get("items").forEach(item -> assertThat(item.get("competesWith")).hasSize(11));

        int withdrawn = proposed.get(0);
        assertThat(http().post("/api/drafts/" + draft + "/amendments/" + withdrawn + "/withdrawal", accounts.delegate(http(), "FRA"),
                Map.of("reason", "joins Brazil")).status()).isEqualTo(200);
        JsonNode after = http().get("/api/drafts/" + draft + "/amendments?size=50", accounts.facilitator(http())).json();
        assertThat(after.get("competing").get(0).get("pairs")).as("a withdrawn amendment competes no more").hasSize(11 * 10 / 2);
        assertThat(numbers(after.get("competing").get(0).get("amendments"))).doesNotContain(withdrawn).hasSize(11);
        JsonNode one = http().get("/api/drafts/" + draft + "/amendments/" + proposed.get(1), accounts.facilitator(http())).json();
        assertThat(numbers(one.get("competesWith"))).doesNotContain(withdrawn).hasSize(10);
    }
}
