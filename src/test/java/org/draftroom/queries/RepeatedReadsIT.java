package org.draftroom.queries;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.RequestStatements;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.queries.DraftsAtAction.path;

/**
 * Reads a client repeats after every change carry a strong ETag, and a repeat with
 * {@code If-None-Match} answers 304 after one version check, without reading the draft's rows.
 */
@MicronautTest(transactional = false)
class RepeatedReadsIT extends ServerTest {
    private static final List<String> REPEATED = List.of("", "/paragraphs/OP1", "/versions", "/versions/1", "/history",
            "/amendments?size=200", "/amendments/voting-order");
    @Inject
    RequestStatements statements;

    @Test
    void a_repeated_read_with_its_etag_answers_304_after_one_version_check_that_reads_none_of_the_draft() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        for (String rest : REPEATED) {
            Http.Response first = http().get(path(id, rest), secretariat);
            assertThat(first.status()).as("GET " + rest + ": " + first).isEqualTo(200);
            String tag = settledTag(path(id, rest), secretariat);
            assertThat(tag).startsWith("\"" + id + ".").endsWith("\"");
            assertThat(first.header("Cache-Control")).contains("private, no-cache");

            RequestStatements.Counted<Http.Response> repeat = statements.during(
                    () -> http().get(path(id, rest), secretariat, "If-None-Match", tag));
            assertThat(repeat.result().status()).as("repeat of " + rest).isEqualTo(304);
            assertThat(repeat.result().bytes()).isEmpty();
            assertThat(repeat.result().header("ETag")).contains(tag);
            assertThat(repeat.statements()).as("statements of the repeat of " + rest + ":\n" + repeat.summary()).hasSize(1);
            String check = repeat.statements().get(0);
            assertThat(check).contains("audit_queue").doesNotContain("draft_version").doesNotContain("amendment ")
                    .doesNotContain("co_sponsor");
        }
    }

    /**
     * The tag of a read once the draft's last change is sealed into the audit chain (a few
     * milliseconds after its commit; the sealing moves the tag too, as it announces the change).
     */
    private String settledTag(String path, String token) {
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String tag = http().get(path, token).header("ETag").orElseThrow();
            Http.Response repeat = http().get(path, token, "If-None-Match", tag);
            if (repeat.status() == 304) {
                return tag;
            }
            seen.add(tag + " then " + repeat.status() + " " + repeat.header("ETag").orElse("-"));
            sleep(20);
        }
        throw new AssertionError("The tag of " + path + " never settled: " + seen.subList(0, Math.min(3, seen.size())));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_committed_change_makes_the_repeat_a_200_with_a_new_tag_at_once() {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        Http.Response before = http().get(path(id, ""), secretariat);
        String tag = before.header("ETag").orElseThrow();
        assertThat(before.json().get("stage").asText()).isNotEqualTo("TABLED");

        Http.Response tabled = http().post(path(id, "/table"), accounts.delegate(http(), "BLR"), Map.of("date", "2025-10-30"));
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);

        // at once: the change's audit entry may still wait in the queue, and the tag moves anyway
        Http.Response after = http().get(path(id, ""), secretariat, "If-None-Match", tag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("stage").asText()).isEqualTo("TABLED");
        String newTag = after.header("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(tag);
        assertThat(http().get(path(id, ""), secretariat, "If-None-Match", newTag).status()).isIn(304, 200);
        Http.Response history = http().get(path(id, "/history"), secretariat, "If-None-Match", tag);
        assertThat(history.status()).isEqualTo(200);
    }

    @Test
    void a_tag_is_the_readers_own_and_still_serves_as_the_drafts_if_match() {
        String secretariat = accounts.secretariat(http());
        String belarus = accounts.delegate(http(), "BLR");
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        String secretariatsTag = settledTag(path(id, ""), secretariat);
        Http.Response delegates = http().get(path(id, ""), belarus, "If-None-Match", secretariatsTag);
        assertThat(delegates.status()).as("what a delegate may do differs from what the secretariat may do").isEqualTo(200);
        String tag = delegates.header("ETag").orElseThrow();
        assertThat(http().get(path(id, ""), belarus, "If-None-Match", "\"other\", " + tag).status()).isEqualTo(304);

        Http.Response tabled = http().post(path(id, "/table"), belarus, Map.of("date", "2025-10-30"), "If-Match", tag);
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);
        Http.Response stale = http().post(path(id, "/revise"), belarus, Map.of("date", "2025-11-01"), "If-Match", tag);
        assertThat(stale.status()).isEqualTo(412);
    }
}
