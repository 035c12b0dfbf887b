package org.draftroom.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DraftHistoryIT extends ServerTest {
    private static final long DRAFT = 1_000_008_080L;
    @Inject
    AuditProbe probe;

    @Test
    void any_signed_in_user_reads_a_drafts_history_in_plain_sentences_without_private_events() {
        probe.change(new AuditEvent("draft.tabled", "blr", "DELEGATE", "BLR", DRAFT, Map.of("symbol", "A/C.3/80/L.20")));
        probe.change(new AuditEvent("cosponsorship.joined", "per", "DELEGATE", "PER", DRAFT, Map.of()));
        probe.change(new AuditEvent("user.role-changed", "admin", "ADMIN", null, DRAFT, Map.of("before", "DELEGATE")));
        probe.change(new AuditEvent("action.recorded", "secretariat", "SECRETARIAT", null, DRAFT,
                Map.of("decision", "adopted without a vote")));
        probe.change(new AuditEvent("cosponsorship.joined", "fra", "DELEGATE", "FRA", DRAFT + 1, Map.of()));

        Http.Response response = http().get("/api/drafts/" + DRAFT + "/history", accounts.delegate(http(), "CHL"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        for (JsonNode line : response.json().get("events")) {
            texts.add(line.get("text").asText());
            assertThat(line.has("username")).isFalse();
        }
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} — tabled as A/C.3/80/L.20 by Belarus");
        assertThat(texts.get(1)).endsWith("— Peru joined as co-sponsor");
        assertThat(texts.get(2)).endsWith("— adopted without a vote");
        assertThat(response.body()).doesNotContain("admin").doesNotContain("secretariat");
    }

    @Test
    void the_history_needs_a_signed_in_user() {
        assertThat(http().get("/api/drafts/" + DRAFT + "/history", null).status()).isEqualTo(401);
    }
}
