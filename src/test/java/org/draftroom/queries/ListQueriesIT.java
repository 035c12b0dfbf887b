package org.draftroom.queries;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.shared.Role;
import org.draftroom.support.Http;
import org.draftroom.support.RequestStatements;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.support.QueryCounts.assertConstant;

/** Lists outside a single draft cost the same however long they are. */
@MicronautTest(transactional = false)
class ListQueriesIT extends ServerTest {
    @Inject
    RequestStatements statements;

    private RequestStatements.Counted<Http.Response> read(String path, String token) {
        return new MeasuredReads(http(), statements).get(path, token);
    }

    /** Each draft of the list carries its main sponsors by name and when it last changed. */
    @Test
    void the_list_of_drafts_costs_the_same_with_12_more_drafts() {
        String secretariat = accounts.secretariat(http());
        Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        RequestStatements.Counted<Http.Response> before = read("/api/drafts", secretariat);
        for (int i = 0; i < 12; i++) {
            Seeds.importSeed(http(), secretariat, i % 2 == 0 ? Seeds.DRAFT_74 : Seeds.DRAFT_80);
        }
        RequestStatements.Counted<Http.Response> after = read("/api/drafts", secretariat);
        assertThat(after.result().json().size()).isEqualTo(before.result().json().size() + 12);
        after.result().json().forEach(d -> assertThat(d.get("lastChangedAt").isTextual()).as("each draft's last change").isTrue());
        assertConstant("GET /api/drafts", before, after, 2);
    }

    /** Accounts are read through a Micronaut Data repository. */
    @Test
    void the_list_of_accounts_costs_the_same_with_40_more_accounts() {
        String admin = accounts.admin(http());
        RequestStatements.Counted<Http.Response> before = read("/api/users", admin);
        for (int i = 0; i < 40; i++) {
            accounts.ensure("clerk" + i, Role.FACILITATOR, null);
        }
        RequestStatements.Counted<Http.Response> after = read("/api/users", admin);
        assertThat(after.result().json().size()).isEqualTo(before.result().json().size() + 40);
        assertConstant("GET /api/users", before, after, 2);
    }
}
