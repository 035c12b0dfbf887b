package org.draftroom.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.EntryHasher;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuditSearchIT extends ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DRAFT = 1_000_004_242L;
    @Inject
    AuditProbe probe;
    private String token;
    private Instant start;

    @BeforeEach
    void tenEntriesOnOneDraft() throws InterruptedException {
        token = accounts.secretariat(http());
        if (http().get("/api/audit?draftId=" + DRAFT, token).json().get("entries").size() > 0) {
            return;
        }
        start = Instant.now();
        for (int i = 0; i < 10; i++) {
            String state = i % 2 == 0 ? "PER" : "BLR";
            probe.change(new AuditEvent(i < 6 ? "cosponsorship.joined" : "amendment.proposed", state.toLowerCase(),
                    "DELEGATE", state, DRAFT, Map.of("i", i, "note", i == 3 ? "=HYPERLINK(\"x\")" : "ok, fine")));
        }
    }

    private JsonNode page(String query) {
        Http.Response response = http().get("/api/audit?draftId=" + DRAFT + query, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private static List<Integer> numbers(JsonNode page) {
        List<Integer> numbers = new ArrayList<>();
        page.get("entries").forEach(e -> numbers.add(e.get("payload").get("i").asInt()));
        return numbers;
    }

    @Test
    void entries_come_newest_first_a_page_at_a_time_with_a_cursor() {
        JsonNode first = page("&limit=4");
        assertThat(numbers(first)).containsExactly(9, 8, 7, 6);
        JsonNode second = page("&limit=4&cursor=" + first.get("nextCursor").asText());
        assertThat(numbers(second)).containsExactly(5, 4, 3, 2);
        JsonNode third = page("&limit=4&cursor=" + second.get("nextCursor").asText());
        assertThat(numbers(third)).containsExactly(1, 0);
        assertThat(third.get("nextCursor").isNull()).isTrue();
        assertThat(numbers(page("&order=asc&limit=3"))).containsExactly(0, 1, 2);
    }

    @Test
    void entries_are_filtered_by_member_state_user_type_and_family_and_time() {
        assertThat(numbers(page("&memberState=per"))).containsExactly(8, 6, 4, 2, 0);
        assertThat(numbers(page("&username=blr"))).containsExactly(9, 7, 5, 3, 1);
        assertThat(numbers(page("&type=amendment.proposed"))).containsExactly(9, 8, 7, 6);
        assertThat(numbers(page("&type=cosponsorship.*&memberState=BLR"))).containsExactly(5, 3, 1);
        JsonNode all = page("&order=asc");
        String fourth = all.get("entries").get(4).get("occurredAt").asText();
        String seventh = all.get("entries").get(7).get("occurredAt").asText();
        assertThat(numbers(page("&from=" + fourth + "&to=" + seventh))).containsExactly(6, 5, 4);
        assertThat(numbers(page("&to=2000-01-01"))).isEmpty();
    }

    @Test
    void bad_criteria_are_refused_with_a_problem() {
        for (String query : new String[] {"&limit=0", "&limit=501", "&type=DROP TABLE", "&from=yesterday",
                "&cursor=abc", "&format=xml", "&order=up"}) {
            Http.Response response = http().get("/api/audit?draftId=" + DRAFT + query.replace(" ", "%20"), token);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void json_lines_export_carries_every_field_so_that_hashes_can_be_recomputed_outside() throws Exception {
        Http.Response response = http().get("/api/audit?draftId=" + DRAFT + "&format=jsonl&order=asc", token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        assertThat(response.header("Content-Disposition").orElse("")).contains("audit-trail.jsonl");
        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize(10);
        EntryHasher hasher = new EntryHasher();
        for (String line : lines) {
            JsonNode e = JSON.readTree(line);
            AuditEntry entry = new AuditEntry(e.get("seq").asLong(), Instant.parse(e.get("occurredAt").asText()),
                    e.get("username").asText(), e.get("role").asText(), e.get("memberState").asText(),
                    e.get("draftId").asLong(), e.get("type").asText(), e.get("payload").toString(),
                    e.get("requestId").isNull() ? null : e.get("requestId").asText(), e.get("prevHash").asText(), null);
            assertThat(hasher.hash(entry)).isEqualTo(e.get("hash").asText());
        }
        Http.Response byAccept = http().get("/api/audit?draftId=" + DRAFT, token, "Accept", "application/x-ndjson");
        assertThat(byAccept.contentType()).startsWith("application/x-ndjson");
        assertThat(byAccept.body().split("\n")).hasSize(10);
    }

    @Test
    void csv_export_is_escaped_and_neutralises_formulas() {
        Http.Response response = http().get("/api/audit?draftId=" + DRAFT + "&format=csv&type=cosponsorship.joined", token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        String[] lines = response.body().split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("seq,occurred_at,username,role,member_state,draft_id,event_type,payload");
        assertThat(response.body()).contains(",\"{\"\"i\"\":3,\"\"note\"\":\"\"=HYPERLINK(\\\"\"x\\\"\")\"\"}\",");
        assertThat(response.body()).contains("\"{\"\"i\"\":0,\"\"note\"\":\"\"ok, fine\"\"}\"");
        Http.Response byAccept = http().get("/api/audit?draftId=" + DRAFT, token, "Accept", "text/csv");
        assertThat(byAccept.contentType()).startsWith("text/csv");
    }

    @Test
    void an_export_of_several_pages_streams_whole_without_gaps_or_repeats() {
        int entries = 2 * ExportStream.PAGE + 7;
        for (int i = 0; i < entries; i++) {
            probe.change(new AuditEvent("draft.version-created", "sec", "SECRETARIAT", null, DRAFT + 1, Map.of("v", i)));
        }
        for (String order : new String[] {"asc", "desc"}) {
            Http.Response response = http().get("/api/audit?draftId=" + (DRAFT + 1) + "&format=jsonl&order=" + order, token);
            String[] lines = response.body().split("\n");
            assertThat(lines).hasSize(entries);
            assertThat(java.util.Arrays.stream(lines).map(l -> l.replaceAll(".*\"v\":(\\d+).*", "$1")).distinct().count())
                    .isEqualTo(entries);
        }
    }
}
