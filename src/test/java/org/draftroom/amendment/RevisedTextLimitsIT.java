package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the procedure makes from the current one have the same limits as an imported text: an
 * oral revision giving a paragraph too long, or making the whole text too long, and a facilitator
 * folding in an accepted amendment that would take the text past the paragraph count, are refused
 * with 422 naming the limit, and nothing is recorded (no version, the amendment still pending).
 */
@MicronautTest(transactional = false)
class RevisedTextLimitsIT extends ServerTest {
    private static final String ASSEMBLY = "The General Assembly,\n";
    private static final String RECALLING = "Recalling its earlier resolutions on the matter,\n\n";
    @Inject
    Database database;

    @Test
    void an_oral_revision_giving_a_paragraph_beyond_the_limit_is_422_naming_it() {
        long id = atAction(Seeds.text(Seeds.DRAFT_80));
        String tooLong = "the adoption " + "of the ambitious agenda ".repeat(DocumentLimits.PARAGRAPH / 24 + 1);
        Http.Response refused = orallyRevise(id, List.of(Map.of("paragraph", "PP5", "text", tooLong)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("limit").asText()).isEqualTo("paragraph");
        assertThat(refused.json().get("maximum").asInt()).isEqualTo(DocumentLimits.PARAGRAPH);
        assertThat(refused.json().get("detail").asText()).contains("PP5").contains(String.valueOf(tooLong.strip().length()));
        assertNothingRecorded(id, 2);
    }

    @Test
    void an_oral_revision_making_the_whole_text_too_long_is_422_naming_the_limit() {
        long id = atAction(Seeds.text(Seeds.DRAFT_80).replace(ASSEMBLY, ASSEMBLY + "\n" + RECALLING.repeat(120)));
        int each = DocumentLimits.PARAGRAPH - 100;
        int needed = DocumentLimits.TEXT / each + 1;
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 1; i <= needed; i++) {
            changes.add(Map.of("paragraph", "PP" + i, "text", "its resolutions " + "x".repeat(each - 16)));
        }
        Http.Response refused = orallyRevise(id, changes);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("limit").asText()).isEqualTo("text");
        assertThat(refused.json().get("maximum").asInt()).isEqualTo(DocumentLimits.TEXT);
        assertThat(refused.json().get("detail").asText()).startsWith("The text as orally revised would be too large");
        assertNothingRecorded(id, 2);
    }

    @Test
    void folding_in_an_amendment_that_takes_the_text_past_the_paragraph_count_is_422_and_the_amendment_stays_pending() {
        String secretariat = accounts.secretariat(http());
        long probe = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        int seedParagraphs = http().get("/api/drafts/" + probe, secretariat).json().get("paragraphs").size();
        String atTheLimit = Seeds.text(Seeds.DRAFT_80)
                .replace(ASSEMBLY, ASSEMBLY + "\n" + RECALLING.repeat(DocumentLimits.PARAGRAPHS - seedParagraphs));
        Http.Response imported = http().post("/api/drafts", secretariat, Map.of("text", atTheLimit));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long id = imported.json().get("id").asLong();
        assertThat(http().get("/api/drafts/" + id, secretariat).json().get("paragraphs").size()).isEqualTo(DocumentLimits.PARAGRAPHS);
        accounts.facilitator(http());
        assertThat(http().post("/api/drafts/" + id + "/facilitator", secretariat, Map.of("username", "facilitator")).status())
                .isEqualTo(200);
        Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", accounts.delegate(http(), "CHL"),
                Map.of("operations", List.of(Map.of("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                        "openingPhrase", "Encourages", "text", "States to measure progress;"))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int number = proposed.json().get("number").asInt();
        int versions = http().get("/api/drafts/" + id, secretariat).json().get("currentVersion").asInt();

        Http.Response refused = http().post("/api/drafts/" + id + "/amendments/" + number + "/decision", accounts.facilitator(http()),
                Map.of("decision", "ACCEPT", "reason", "agreed in informals"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("limit").asText()).isEqualTo("paragraphs");
        assertThat(refused.json().get("maximum").asInt()).isEqualTo(DocumentLimits.PARAGRAPHS);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("The working text with amendment " + number + " folded in would be too large: the text has "
                        + (DocumentLimits.PARAGRAPHS + 1) + " paragraphs; at most " + DocumentLimits.PARAGRAPHS + " are accepted");
        assertThat(http().get("/api/drafts/" + id, secretariat).json().get("currentVersion").asInt()).isEqualTo(versions);
        JsonNode amendment = http().get("/api/drafts/" + id + "/amendments/" + number, secretariat).json();
        assertThat(amendment.get("status").asText()).isEqualTo("PENDING");
    }

    /** Imported by the secretariat, tabled by Belarus, action opened: version 2 is the tabled text. */
    private long atAction(String text) {
        String secretariat = accounts.secretariat(http());
        Http.Response imported = http().post("/api/drafts", secretariat, Map.of("text", text));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long id = imported.json().get("id").asLong();
        new Drafting(http(), accounts, database).table(id);
        new Drafting(http(), accounts, database).openAction(id);
        return id;
    }

    private Http.Response orallyRevise(long id, List<Map<String, Object>> changes) {
        return http().post("/api/drafts/" + id + "/oral-revisions", accounts.secretariat(http()), Map.of("memberState", "RUS",
                "changes", changes, "date", Drafting.ACTION_DAY, "meeting", "50th meeting"));
    }

    private void assertNothingRecorded(long id, int currentVersion) {
        assertThat(http().get("/api/drafts/" + id, accounts.secretariat(http())).json().get("currentVersion").asInt())
                .isEqualTo(currentVersion);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'oral-revision.recorded'"
                + " AND draft_id = " + id)).isZero();
    }
}
