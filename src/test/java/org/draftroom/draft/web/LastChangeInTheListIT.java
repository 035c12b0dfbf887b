package org.draftroom.draft.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of drafts says when each draft last changed: the time of the latest change the audit trail records for it. */
@MicronautTest(transactional = false)
class LastChangeInTheListIT extends ServerTest {
    @Inject
    Database database;

    @Test
    void a_proposal_on_one_draft_moves_its_last_change_and_no_other_drafts() {
        String secretariat = accounts.secretariat(http());
        long changed = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        long untouched = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        JsonNode before = listed(changed, secretariat);
        JsonNode otherBefore = listed(untouched, secretariat);
        assertThat(at(before)).as("an imported draft last changed when it was imported")
                .isAfterOrEqualTo(OffsetDateTime.parse(before.get("createdAt").asText()).toInstant())
                .isEqualTo(latestAuditEntry(changed));

        Http.Response proposed = http().post("/api/drafts/" + changed + "/amendments", accounts.delegate(http(), "FRA"),
                Map.of("operations", List.of(Map.of("type", "DELETE_WORDS", "paragraph", "OP5", "quote", ", after the general debate"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);

        JsonNode after = listed(changed, accounts.delegate(http(), "PER"));
        assertThat(at(after)).isAfter(at(before)).isEqualTo(latestAuditEntry(changed));
        assertThat(at(listed(untouched, secretariat))).isEqualTo(at(otherBefore));
        assertThat(at(listedIn("?stage=CONSULTATIONS", changed, secretariat))).as("filtered lists say the same").isEqualTo(at(after));
    }

    private JsonNode listed(long id, String token) {
        return listedIn("", id, token);
    }

    private JsonNode listedIn(String query, long id, String token) {
        Http.Response list = http().get("/api/drafts" + query, token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode d : list.json()) {
            if (d.get("id").asLong() == id) {
                return d;
            }
        }
        throw new AssertionError("Draft " + id + " is not listed");
    }

    private static Instant at(JsonNode listed) {
        return OffsetDateTime.parse(listed.get("lastChangedAt").asText()).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The time of the draft's latest audit entry, sealed or queued, to the microsecond PostgreSQL keeps. */
    private Instant latestAuditEntry(long draft) {
        String micros = database.strings("SELECT (extract(epoch FROM max(t.occurred_at)) * 1000000)::bigint::text FROM ("
                + "SELECT occurred_at FROM audit_entry WHERE draft_id = " + draft
                + " UNION ALL SELECT occurred_at FROM audit_queue WHERE draft_id = " + draft + ") t").get(0);
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
