package org.draftroom.queries;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.RequestStatements;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the statement counter of the other tests counts, and what it leaves out. */
@MicronautTest(transactional = false)
class StatementCountingIT extends ServerTest {
    @Inject
    RequestStatements statements;
    @Inject
    Database database;

    @Test
    void a_request_counts_the_statements_of_micronaut_data_repositories() {
        String admin = accounts.admin(http());
        RequestStatements.Counted<Http.Response> users = statements.during(() -> http().get("/api/users", admin));
        assertThat(users.result().status()).isEqualTo(200);
        assertThat(users.statements()).singleElement().asString().contains("FROM \"app_user\"");
    }

    @Test
    void a_request_counts_the_statements_of_its_stores_and_of_the_process_engine() {
        String secretariat = accounts.secretariat(http());
        long draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        RequestStatements.Counted<Http.Response> read = statements.during(() -> http().get("/api/drafts/" + draft, secretariat));
        assertThat(read.result().status()).isEqualTo(200);
        assertThat(read.statements()).anyMatch(sql -> sql.contains("FROM draft d"))
                .anyMatch(sql -> sql.contains("ACT_RU_TASK"));
    }

    /** As the Flowable engine's job acquisition, which polls every few seconds on threads of its own. */
    @Test
    void a_statement_on_a_thread_that_handles_no_request_is_not_counted() {
        String admin = accounts.admin(http());
        Thread background = new Thread(() -> database.count("SELECT 42"), "some-background-work");
        RequestStatements.Counted<Http.Response> users = statements.during(() -> {
            background.start();
            join(background);
            return http().get("/api/users", admin);
        });
        assertThat(users.count()).isEqualTo(1);
        // the audit sealer may seal the admin's creation meanwhile, on its own thread: also elsewhere, and not counted
        assertThat(users.elsewhere()).filteredOn(sql -> !sql.startsWith("audit-sealer: "))
                .containsExactly("some-background-work: SELECT 42");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
