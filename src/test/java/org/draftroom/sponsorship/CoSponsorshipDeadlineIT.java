package org.draftroom.sponsorship;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CoSponsorshipDeadlineIT extends ServerTest {
    @Inject
    DraftProcess process;
    @Inject
    Database database;

    @Test
    void the_process_timer_closes_the_list_at_the_deadline_the_secretariat_moved_earlier() throws InterruptedException {
        String secretariat = accounts.secretariat(http());
        long id = Seeds.importSeed(http(), accounts.delegate(http(), "BLR"), Seeds.DRAFT_80);
        assertThat(http().post("/api/drafts/" + id + "/table", accounts.delegate(http(), "BLR"), "").status()).isEqualTo(200);
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2);
        assertThat(http().post("/api/drafts/" + id + "/cosponsorship-deadline", secretariat, Map.of("deadline", later.toString()))
                .status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + id + "/cosponsorship-deadline", accounts.delegate(http(), "BLR"),
                Map.of("deadline", later.toString())).status()).isEqualTo(403);
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
        assertThat(http().post("/api/drafts/" + id + "/cosponsorship-deadline", secretariat, Map.of("deadline", soon.toString()))
                .status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + id + "/cosponsors", accounts.delegate(http(), "CHL"), "").status()).isEqualTo(200);
        String instance = read(id).get("procedure").get("lifecycle").get("processInstanceId").asText();
        assertThat(process.activeTasks(instance)).containsExactly("openUntilDeadline", "tabled");

        Instant giveUp = Instant.now().plusSeconds(90);
        while (read(id).get("procedure").get("sponsorship").get("open").asBoolean() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }

        JsonNode sponsorship = read(id).get("procedure").get("sponsorship");
        assertThat(sponsorship.get("open").asBoolean()).isFalse();
        assertThat(sponsorship.get("closedReason").asText()).isEqualTo("DEADLINE");
        assertThat(Duration.between(soon, OffsetDateTime.parse(sponsorship.get("closedAt").asText())).isNegative()).isFalse();
        assertThat(process.activeTasks(instance)).containsExactly("tabled");
        Http.Response late = http().post("/api/drafts/" + id + "/cosponsors", accounts.delegate(http(), "PER"), "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).endsWith("co-sponsorship-closed");
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'cosponsorship.closed' AND draft_id = " + id))
                .isEqualTo(1);
        assertThat(read(id).get("stage").asText()).isEqualTo("TABLED");
    }

    private JsonNode read(long id) {
        return http().get("/api/drafts/" + id, accounts.secretariat(http())).json();
    }
}
