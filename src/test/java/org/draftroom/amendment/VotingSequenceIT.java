package org.draftroom.amendment;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.amendment.Drafting.fullText;
import static org.draftroom.amendment.Drafting.labels;
import static org.draftroom.amendment.Drafting.op;
import static org.draftroom.amendment.Drafting.paragraph;

/**
 * Five amendments to OP5 and OP7 at action: two written ones issued under symbols, three oral ones,
 * among them a deletion and a sub-amendment; a request for division; the proposed order, the
 * votes, the moot amendment and the text "as amended".
 */
@MicronautTest(transactional = false)
class VotingSequenceIT extends ServerTest {
    @Inject
    Database database;
    @Inject
    MemberStates memberStates;
    Drafting drafting;

    @BeforeEach
    void setUp() {
        drafting = new Drafting(http(), accounts, database);
    }

    private Map<String, String> ballots(int yes, int no, int abstain) {
        List<String> codes = memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < yes + no + abstain; i++) {
            out.put(codes.get(i), i < yes ? "YES" : i < yes + no ? "NO" : "ABSTAIN");
        }
        return out;
    }

    private Http.Response vote(long draft, String ref, Map<String, Object> body) {
        String path = ref.startsWith("A") ? "/amendments/" + ref.substring(1) : "/divisions/" + ref.substring(1);
        Map<String, Object> dated = new java.util.LinkedHashMap<>(body);
        dated.putIfAbsent("date", Drafting.ACTION_DAY);
        dated.putIfAbsent("meeting", "50th meeting");
        return http().post("/api/drafts/" + draft + path + "/vote", accounts.secretariat(http()), dated);
    }

    private List<String> order(JsonNode order) {
        List<String> refs = new ArrayList<>();
        order.get("items").forEach(i -> refs.add(i.get("ref").asText()));
        return refs;
    }

    @Test
    void amendments_are_voted_furthest_first_with_the_sub_amendment_before_its_amendment_and_the_draft_is_voted_as_amended() {
        long draft = drafting.draft();
        String symbol = drafting.table(draft);
        String secretariat = accounts.secretariat(http());
        int a1 = drafting.proposed(draft, "FRA", op("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June"));
        int a2 = drafting.proposed(draft, "DEU", op("type", "DELETE_PARAGRAPH", "paragraph", "OP7"));
        Http.Response issued = http().post("/api/drafts/" + draft + "/amendments/" + a2 + "/symbol", secretariat,
                Map.of("symbol", "A/C.3/80/L.61"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("reference").asText()).isEqualTo("A/C.3/80/L.61");
        assertThat(issued.json().get("kind").asText()).isEqualTo("WRITTEN");

        drafting.openAction(draft);
        int a3 = drafting.proposed(draft, "ITA", op("type", "REPLACE_PARAGRAPH", "paragraph", "OP5", "openingPhrase", "Decides",
                "text", "to convene a high-level meeting on the Global Plan of Action at its eighty-fourth session;"));
        int a4 = drafting.proposed(draft, "GBR", op("type", "REPLACE_WORDS", "paragraph", "OP5", "quote", "four-year basis",
                "text", "five-year basis"));
        Http.Response sub = drafting.proposeWith(draft, "ESP", Map.of("amends", a4, "operations", List.of(op("type", "REPLACE_WORDS",
                "paragraph", "OP5", "quote", "four-year basis", "text", "three-year basis"))));
        assertThat(sub.status()).as(sub.body()).isEqualTo(201);
        assertThat(sub.json().get("kind").asText()).isEqualTo("ORAL");
        int a5 = sub.json().get("number").asInt();
        Http.Response division = http().post("/api/drafts/" + draft + "/divisions", accounts.delegate(http(), "USA"),
                Map.of("paragraph", "OP1"));
        assertThat(division.status()).as(division.body()).isEqualTo(201);

        JsonNode proposed = http().get("/api/drafts/" + draft + "/amendments/voting-order", secretariat).json();
        assertThat(order(proposed)).containsExactly("A" + a3, "A" + a5, "A" + a4, "A" + a2, "A" + a1, "D1", "P");
        assertThat(proposed.get("descriptions").get("P").asText()).isEqualTo("the draft resolution " + symbol);
        assertThat(proposed.get("reordered").asBoolean()).isFalse();

        Http.Response reordered = http().put("/api/drafts/" + draft + "/amendments/voting-order", secretariat,
                Map.of("order", List.of("A" + a2, "A" + a1)));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(order(reordered.json())).containsExactly("A" + a2, "A" + a1, "A" + a3, "A" + a5, "A" + a4, "D1", "P");
        assertThat(http().put("/api/drafts/" + draft + "/amendments/voting-order", accounts.delegate(http(), "FRA"),
                Map.of("order", List.of("A" + a1))).status()).isEqualTo(403);

        assertThat(vote(draft, "A" + a4, Map.of("method", "WITHOUT_VOTE")).status()).as("sub-amendment first").isEqualTo(409);

        assertThat(vote(draft, "A" + a2, Map.of("method", "RECORDED_VOTE", "ballots", ballots(90, 60, 13))).status()).isEqualTo(200);
        JsonNode afterDeletion = http().get("/api/drafts/" + draft + "/amendments/" + a1, secretariat).json();
        assertThat(afterDeletion.get("status").asText()).isEqualTo("MOOT");
        Http.Response mootVote = vote(draft, "A" + a1, Map.of("method", "WITHOUT_VOTE"));
        assertThat(mootVote.status()).isEqualTo(409);

        Http.Response rejected = vote(draft, "A" + a3, Map.of("method", "RECORDED_VOTE", "ballots", ballots(56, 89, 12)));
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decision").get("decision").asText()).isEqualTo("rejected by a recorded vote of 56 to 89, with 12 abstentions");
        assertThat(vote(draft, "A" + a5, Map.of("method", "WITHOUT_VOTE")).json().get("status").asText()).isEqualTo("ADOPTED");
        assertThat(vote(draft, "A" + a4, Map.of("method", "WITHOUT_VOTE")).json().get("status").asText()).isEqualTo("ADOPTED");

        Http.Response tooEarly = http().post("/api/drafts/" + draft + "/action", secretariat,
                Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("D1");

        assertThat(vote(draft, "D1", Map.of("method", "RECORDED_VOTE", "ballots", ballots(120, 10, 30))).json()
                .get("status").asText()).isEqualTo("RETAINED");

        JsonNode finalOrder = http().get("/api/drafts/" + draft + "/amendments/voting-order", secretariat).json();
        List<String> statuses = new ArrayList<>();
        finalOrder.get("items").forEach(i -> statuses.add(i.get("ref").asText() + ":" + i.get("status").asText()));
        assertThat(statuses).containsExactly("A" + a2 + ":ADOPTED", "A" + a1 + ":MOOT", "A" + a3 + ":REJECTED", "A" + a5 + ":ADOPTED",
                "A" + a4 + ":ADOPTED", "D1:RETAINED", "P:PENDING");
        assertThat(finalOrder.get("descriptions").get("P").asText()).isEqualTo("the draft resolution " + symbol + ", as amended");

        JsonNode amended = drafting.current(draft);
        assertThat(amended.get("version").get("label").asText()).isEqualTo(symbol + " as amended");
        assertThat(amended.get("version").get("kind").asText()).isEqualTo("AMENDED");
        assertThat(fullText(paragraph(amended, "OP5"))).contains("on a three-year basis starting").doesNotContain("five-year");
        assertThat(amended.get("paragraphs").findValuesAsText("text").stream().noneMatch(t -> t.contains("World Day against Trafficking")))
                .isTrue();
        assertThat(labels(amended).stream().filter(l -> l.matches("OP\\d+"))).hasSize(37);

        Http.Response action = http().post("/api/drafts/" + draft + "/action", secretariat,
                Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting", "date", "2025-11-18"));
        assertThat(action.status()).as(action.body()).isEqualTo(200);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + draft + " AND event_type = 'amendment.voted'"))
                .isEqualTo(4);
        assertThat(database.count("SELECT count(*) FROM recorded_decision WHERE draft_id = " + draft
                + " AND subject_type IN ('AMENDMENT', 'DIVISION')")).isEqualTo(5);
    }
}
