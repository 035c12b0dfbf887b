package org.draftroom.queries;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.RequestStatements;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.queries.DraftsAtAction.path;
import static org.draftroom.support.QueryCounts.assertConstant;

/**
 * Issue 5: "The list of a draft with 500 pending amendments is one page of a paged response and a
 * constant number of queries." The same reads of a draft with 5 pending amendments and of one
 * with 500 execute the same statements. The upper bounds are what each read needs today, with one
 * to spare: a page is the draft, the page of amendments with their co-sponsors, and the pending
 * footprints competition is found from (3); one amendment is the draft, the amendment and the
 * footprints that may compete with it (3, so 4 with one to spare); the order of
 * voting is the draft, the amendments to vote on, the requests for division and the order the
 * secretariat settled (4). The draft's text comes from the server's cache of parsed versions.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmendmentReadQueriesIT extends ServerTest {
    /** Drafts whose amendments are all pending: no vote taken yet. */
    private static final DraftsAtAction.Size FIVE = new DraftsAtAction.Size(2, 1, 5, 0, 1);
    private static final DraftsAtAction.Size FIVE_HUNDRED = new DraftsAtAction.Size(2, 1, 500, 0, 1);
    @Inject
    Database database;
    @Inject
    RequestStatements statements;
    private long few;
    private long many;

    /** The two drafts, made once for all the tests of the class. */
    private void drafts() {
        if (few == 0) {
            DraftsAtAction drafts = new DraftsAtAction(http(), accounts, database);
            few = drafts.draft(FIVE);
            many = drafts.draft(FIVE_HUNDRED);
        }
    }

    private void assertSameCost(String read, String pathAfterId, int atMost) {
        drafts();
        MeasuredReads reads = new MeasuredReads(http(), statements);
        String facilitator = accounts.facilitator(http());
        assertConstant(read, reads.get(path(few, pathAfterId), facilitator), reads.get(path(many, pathAfterId), facilitator), atMost);
    }

    @Test
    void the_first_page_of_500_pending_amendments_costs_what_the_first_page_of_5_costs() {
        drafts();
        MeasuredReads reads = new MeasuredReads(http(), statements);
        String delegate = accounts.delegate(http(), "JPN");
        RequestStatements.Counted<Http.Response> five = reads.get(path(few, "/amendments"), delegate);
        RequestStatements.Counted<Http.Response> fiveHundred = reads.get(path(many, "/amendments"), delegate);

        JsonNode page = fiveHundred.result().json();
        assertThat(page.get("total").asInt()).isEqualTo(500);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("items")).hasSize(page.get("size").asInt()).hasSize(50);
        assertThat(page.get("items").get(4).get("cosponsors")).hasSize(40);
        assertThat(page.get("items").get(0).get("competesWith")).as("every other edit of the same words of OP5, copies included")
                .hasSize(199);
        assertThat(five.result().json().get("total").asInt()).isEqualTo(5);
        assertConstant("GET /api/drafts/{id}/amendments", five, fiveHundred, 4);
    }

    @Test
    void a_page_filtered_by_paragraph_costs_the_same_for_5_and_500_amendments() {
        assertSameCost("GET /api/drafts/{id}/amendments?paragraph=OP5", "/amendments?paragraph=OP5&size=200", 4);
    }

    @Test
    void a_page_filtered_by_co_sponsoring_state_costs_the_same_for_5_and_500_amendments() {
        assertSameCost("GET /api/drafts/{id}/amendments?state=DEU&status=pending", "/amendments?state=DEU&status=pending&page=0&size=20", 4);
    }

    @Test
    void a_page_past_the_last_costs_one_count_more_for_5_as_for_500_amendments() {
        drafts();
        MeasuredReads reads = new MeasuredReads(http(), statements);
        String facilitator = accounts.facilitator(http());
        RequestStatements.Counted<Http.Response> five = reads.get(path(few, "/amendments?author=DEU&page=999&size=20"), facilitator);
        RequestStatements.Counted<Http.Response> fiveHundred = reads.get(path(many, "/amendments?author=DEU&page=999&size=20"), facilitator);
        assertThat(fiveHundred.result().json().get("items")).isEmpty();
        assertThat(fiveHundred.result().json().get("total").asInt()).as("the total is still given").isPositive();
        assertConstant("GET /api/drafts/{id}/amendments?author=DEU&page=999", five, fiveHundred, 5);
    }

    @Test
    void one_amendment_with_40_co_sponsors_costs_what_one_without_co_sponsors_costs() {
        drafts();
        MeasuredReads reads = new MeasuredReads(http(), statements);
        String delegate = accounts.delegate(http(), "JPN");
        RequestStatements.Counted<Http.Response> alone = reads.get(path(many, "/amendments/3"), delegate);
        RequestStatements.Counted<Http.Response> withForty = reads.get(path(many, "/amendments/500"), delegate);
        assertThat(alone.result().json().get("cosponsors")).isEmpty();
        assertThat(withForty.result().json().get("cosponsors")).hasSize(40);
        assertConstant("GET /api/drafts/{id}/amendments/{number}", alone, withForty, 4);
    }

    @Test
    void the_order_of_voting_costs_the_same_for_5_and_500_amendments() {
        assertSameCost("GET /api/drafts/{id}/amendments/voting-order", "/amendments/voting-order", 6);
    }
}
