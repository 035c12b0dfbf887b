package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft the report recommends as a draft decision is adopted under a decision number, and the
 * record keeps the decision's text under that number: the text the secretariat gives, or else the
 * text of the draft decision as it stands.
 */
@MicronautTest(transactional = false)
class PlenaryDecisionTextIT extends ServerTest {
    private static final String TEXT = "At its 53rd plenary meeting, on 16 December 2025, the General Assembly, on the recommendation"
            + " of the Third Committee, took note of the report of the Secretary-General on the coordination of efforts against"
            + " trafficking in persons.";

    @Test
    void a_decision_is_kept_with_its_text_under_its_number() {
        Procedure p = new Procedure(http(), accounts);
        long id = reportedAsDraftDecision(p);
        String number = "80/5" + (100 + id % 800);

        Http.Response tooLong = p.step(id, "plenary", p.secretariat(), plenary(number, "a".repeat(200_001)));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.json().get("field").asText()).isEqualTo("decisionText");
        assertThat(p.read(id).get("stage").asText()).as("nothing decided").isEqualTo("REPORTED");

        p.ok(id, "plenary", p.secretariat(), plenary(number, TEXT));
        JsonNode decisions = p.read(id).get("procedure").get("decisions");
        assertThat(decisions.get("decision").get("number").asText()).isEqualTo(number);
        assertThat(decisions.get("decision").get("text").asText()).isEqualTo(TEXT);
        JsonNode plenary = null;
        for (JsonNode d : decisions.get("decisions")) {
            if (d.get("subjectType").asText().equals("PLENARY")) {
                plenary = d;
            }
        }
        assertThat(plenary).isNotNull();
        assertThat(plenary.get("resolutionNumber").asText()).isEqualTo(number);
        assertThat(plenary.get("decisionText").asText()).isEqualTo(TEXT);
        assertThat(http().get("/api/drafts/" + id + "/history", p.secretariat()).body())
                .contains("16 Dec 2025 — adopted without a vote as decision " + number + " (53rd plenary meeting)");
    }

    @Test
    void without_a_text_given_the_decision_reads_as_the_draft_decision_stands() {
        Procedure p = new Procedure(http(), accounts);
        long id = reportedAsDraftDecision(p);
        JsonNode draft = p.read(id);
        String first = draft.get("paragraphs").get(0).get("text").asText();
        String last = draft.get("paragraphs").get(draft.get("paragraphs").size() - 1).get("text").asText();

        p.ok(id, "plenary", p.secretariat(), plenary(null, null));

        JsonNode decision = p.read(id).get("procedure").get("decisions").get("decision");
        assertThat(decision.get("number").asText()).startsWith("80/");
        assertThat(decision.get("text").asText()).contains(first).endsWith(last);
    }

    private static long reportedAsDraftDecision(Procedure p) {
        long id = p.zeroDraft();
        p.table(id);
        p.ok(id, "open-action", p.secretariat(), Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "recommendation", "draft decision II", "date", "2025-12-01"));
        return id;
    }

    private static Map<String, Object> plenary(String number, String text) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("decision", "WITHOUT_VOTE", "meeting", "53rd plenary meeting",
                "date", "2025-12-16"));
        if (number != null) {
            body.put("number", number);
        }
        if (text != null) {
            body.put("decisionText", text);
        }
        return body;
    }
}
