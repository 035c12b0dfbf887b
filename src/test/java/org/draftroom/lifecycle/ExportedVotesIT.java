package org.draftroom.lifecycle;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftroom.document.akn.AknSchema;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The votes of the record in the exports: every decision on the draft and its amendments in the Akoma Ntoso
 * {@code <analysis>}, who voted how and the group an amendment was proposed for in {@code <proprietary>}, and
 * the same lists in the Word file, "In favour: …", "Against: …", "Abstaining: …".
 */
@MicronautTest(transactional = false)
class ExportedVotesIT extends ServerTest {
    @Inject
    MemberStates memberStates;

    @Test
    void a_recorded_vote_on_an_amendment_proposed_for_a_group_is_listed_by_state_in_akn_and_word() throws IOException {
        Procedure p = new Procedure(http(), accounts);
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        String symbol = p.ok(id, "table", p.delegate("BLR"), Map.of("date", "2025-10-30")).get("symbol").asText();
        p.ok(id, "open-action", secretariat, Map.of("date", "2025-11-18", "meeting", "50th meeting"));
        Map<String, Object> amendment = new LinkedHashMap<>(Map.of("operations", List.of(Map.of("type", "REPLACE_WORDS",
                "paragraph", "OP5", "quote", "four-year basis", "text", "five-year basis"))));
        amendment.put("onBehalfOf", "the Group of African States");
        Http.Response proposed = http().post("/api/drafts/" + id + "/amendments", p.delegate("EGY"), amendment);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        int number = proposed.json().get("number").asInt();
        String subject = "amendment " + number; // proposed in action, it has no symbol of its own: the record names it by number
        Map<String, String> ballots = Map.of("EGY", "YES", "MEX", "YES", "FRA", "NO", "CIV", "ABSTAIN", "CHL", "ABSENT");
        Http.Response voted = http().post("/api/drafts/" + id + "/amendments/" + number + "/vote", secretariat,
                Map.of("method", "RECORDED_VOTE", "ballots", ballots, "date", "2025-11-18", "meeting", "50th meeting"));
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        List<String> voters = memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).toList();
        p.ok(id, "action", secretariat, Map.of("decision", "RECORDED_VOTE", "ballots", Procedure.ballots(120, 10, 30, voters),
                "meeting", "50th meeting", "date", "2025-11-18"));
        int last = p.read(id).get("currentVersion").asInt();

        String akn = http().get("/api/drafts/" + id + "/versions/" + last + "/export?format=akn", secretariat).body();
        assertThat(AknSchema.errors(akn)).isEmpty();
        assertThat(akn).contains(
                "<voting eId=\"voting_1\" outcome=\"#adopted\" refersTo=\"#recordedVote\">",
                "<count eId=\"voting_1__count_inFavour\" value=\"2\" refersTo=\"#inFavour\"/>",
                "<count eId=\"voting_1__count_against\" value=\"1\" refersTo=\"#against\"/>",
                "<voting eId=\"voting_2\" outcome=\"#adopted\" refersTo=\"#recordedVote\">",
                "<count eId=\"voting_2__count_inFavour\" value=\"120\" refersTo=\"#inFavour\"/>",
                "<dr:votes xmlns:dr=\"https://draftroom.org/ns/akn/votes/1.0\">",
                "kind=\"amendment\"", "date=\"2025-11-18\" meeting=\"50th meeting\"",
                "<dr:proposer>Egypt, on behalf of the Group of African States</dr:proposer>",
                "<dr:inFavour count=\"2\">", "<dr:state>Egypt</dr:state>", "<dr:state>Mexico</dr:state>",
                "<dr:against count=\"1\">", "<dr:state>France</dr:state>",
                "<dr:abstaining count=\"1\">", "<dr:state>Côte d'Ivoire</dr:state>",
                "kind=\"draft\" subject=\"" + symbol + "\"", "<dr:abstaining count=\"30\">");
        String amendmentVote = akn.substring(akn.indexOf("<dr:vote voting=\"#voting_1\""), akn.indexOf("<dr:vote voting=\"#voting_2\""));
        assertThat(amendmentVote).as("absent States are not listed").doesNotContain("Chile");
        assertThat(amendmentVote.indexOf("Egypt")).isLessThan(amendmentVote.indexOf("Mexico"));

        Http.Response docx = http().get("/api/drafts/" + id + "/versions/" + last + "/export?format=docx", secretariat);
        assertThat(docx.status()).isEqualTo(200);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertThat(text).contains("Record of the votes\n50th meeting, 18 November 2025: " + subject
                + ", proposed by Egypt, on behalf of the Group of African States, adopted by a recorded vote of 2 to 1, with 1 abstention.\n"
                + "In favour: Egypt, Mexico.\nAgainst: France.\nAbstaining: Côte d'Ivoire.\n"
                + "50th meeting, 18 November 2025: the draft resolution " + symbol
                + ", adopted by a recorded vote of 120 to 10, with 30 abstentions.\nIn favour: ");

        String tabled = http().get("/api/drafts/" + id + "/versions/1/export?format=akn", secretariat).body();
        assertThat(tabled).as("the zero draft was voted on by nobody").doesNotContain("<voting").doesNotContain("dr:votes");
    }
}
