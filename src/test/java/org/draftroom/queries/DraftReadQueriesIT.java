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
import static org.draftroom.queries.DraftsAtAction.Size.FEW;
import static org.draftroom.queries.DraftsAtAction.Size.MANY;
import static org.draftroom.queries.DraftsAtAction.path;
import static org.draftroom.support.QueryCounts.assertConstant;

/**
 * "No N+1 queries: reading a whole draft is a constant number of queries." Seed 004 at action,
 * once with 2 co-sponsors, 1 revision, 5 amendments, 1 recorded vote and 1 explanation of vote,
 * once with 150 co-sponsors, 6 revisions, 500 amendments, 5 recorded votes and 20 explanations:
 * every read of the draft costs the same statements for both.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftReadQueriesIT extends ServerTest {
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
            few = drafts.draft(FEW);
            many = drafts.draft(MANY);
        }
    }

    private RequestStatements.Counted<Http.Response> read(long draft, String pathAfterId, String token) {
        return new MeasuredReads(http(), statements).get(path(draft, pathAfterId), token);
    }

    private int currentVersion(long draft) {
        return http().get(path(draft, ""), accounts.secretariat(http())).json().get("currentVersion").asInt();
    }

    /*
     * Every repeated read also costs the version check of its ETag (RepeatedReads), one statement.
     * The whole draft is 17 statements today (at most 17 allowed): the version check, the draft, its current version,
     * and per section of "procedure": sponsorship (co-sponsors, list state), lifecycle (symbols,
     * PBI statements, the process's open tasks through Flowable), decisions (decisions, meetings,
     * explanations, report), amendments (counts by status); allowedActions reads the co-sponsors
     * and the list state a second time.
     */
    @Test
    void the_whole_draft_costs_the_same_with_150_co_sponsors_and_500_amendments_as_with_2_and_5() {
        drafts();
        String secretariat = accounts.secretariat(http());
        RequestStatements.Counted<Http.Response> little = read(few, "", secretariat);
        RequestStatements.Counted<Http.Response> much = read(many, "", secretariat);

        JsonNode procedure = much.result().json().get("procedure");
        assertThat(much.result().json().get("mainSponsors")).hasSize(4);
        assertThat(procedure.get("sponsorship").get("coSponsorCount").asInt()).isEqualTo(150);
        assertThat(procedure.get("amendments").get("total").asInt()).isEqualTo(500);
        assertThat(procedure.get("decisions").get("explanationsOfVote")).hasSize(20);
        assertThat(procedure.get("lifecycle").get("symbols")).hasSize(7);
        assertThat(procedure.get("decisions").get("decisions")).hasSize(5);
        assertConstant("GET /api/drafts/{id} (secretariat)", little, much, 18);
    }

    @Test
    void the_whole_draft_read_by_a_co_sponsoring_delegate_costs_the_same_for_a_small_and_a_large_draft() {
        drafts();
        String delegate = accounts.delegate(http(), "CHL");
        assertConstant("GET /api/drafts/{id} (delegate)", read(few, "", delegate), read(many, "", delegate), 18);
    }

    @Test
    void the_list_of_8_versions_costs_what_the_list_of_3_costs() {
        drafts();
        String delegate = accounts.delegate(http(), "CHL");
        RequestStatements.Counted<Http.Response> three = read(few, "/versions", delegate);
        RequestStatements.Counted<Http.Response> eight = read(many, "/versions", delegate);
        assertThat(three.result().json()).hasSize(3);
        assertThat(eight.result().json()).hasSize(8);
        assertConstant("GET /api/drafts/{id}/versions", three, eight, 3);
    }

    /**
     * Akoma Ntoso carries the procedure's facts: symbols, decisions, every sponsor and co-sponsor.
     * At most 14: the draft, the version, the symbols, the meetings, the versions' dating, the
     * decisions and their ballots, the proposers, the co-sponsors, and the export slot taken and given
     * back (export_lease, which holds the per-user limit across servers).
     */
    @Test
    void the_akoma_ntoso_export_costs_the_same_for_a_small_and_a_large_draft() {
        drafts();
        String delegate = accounts.delegate(http(), "CHL");
        RequestStatements.Counted<Http.Response> little = read(few, "/versions/" + currentVersion(few) + "/export?format=akn", delegate);
        RequestStatements.Counted<Http.Response> much = read(many, "/versions/" + currentVersion(many) + "/export?format=akn", delegate);
        assertConstant("GET /api/drafts/{id}/versions/{n}/export?format=akn", little, much, 14);
    }

    /** The draft's public audit entries, oldest first, and the version check of its tag (RepeatedReads). */
    @Test
    void the_history_costs_the_same_for_a_short_and_a_long_one() {
        drafts();
        String delegate = accounts.delegate(http(), "CHL");
        RequestStatements.Counted<Http.Response> little = read(few, "/history", delegate);
        RequestStatements.Counted<Http.Response> much = read(many, "/history", delegate);
        assertThat(much.result().json().get("events").size()).isGreaterThan(little.result().json().get("events").size() + 20);
        assertConstant("GET /api/drafts/{id}/history", little, much, 3);
    }

    /** One statement: a page of the draft's audit entries. */
    @Test
    void the_audit_trail_of_a_draft_costs_the_same_for_a_short_and_a_long_one() {
        drafts();
        String secretariat = accounts.secretariat(http());
        RequestStatements.Counted<Http.Response> little = new MeasuredReads(http(), statements)
                .get("/api/audit?limit=500&draftId=" + few, secretariat);
        RequestStatements.Counted<Http.Response> much = new MeasuredReads(http(), statements)
                .get("/api/audit?limit=500&draftId=" + many, secretariat);
        assertThat(much.result().json().get("entries").size()).isGreaterThan(little.result().json().get("entries").size());
        assertConstant("GET /api/audit?draftId=", little, much, 2);
    }
}
