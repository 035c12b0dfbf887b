package org.draftroom.lifecycle;

import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.render.PlainTextRenderer;
import org.draftroom.support.Seeds;
import org.draftroom.voting.VotingMethod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Symbols, headings, votes and issued texts: the plain-Java rules of the procedure. */
class ProcedureTextTest {

    @Test
    void symbols_follow_committee_session_and_revision() {
        assertThat(Symbols.draftSeries("Third Committee", 80)).isEqualTo("A/C.3/80/L.");
        assertThat(Symbols.draftSeries("Special Political and Decolonization Committee (Fourth Committee)", 80))
                .isEqualTo("A/C.4/80/L.");
        assertThat(Symbols.draftSeries(null, 80)).isEqualTo("A/80/L.");
        assertThat(Symbols.numberIn("A/C.3/80/L.20", "A/C.3/80/L.")).hasValue(20);
        assertThat(Symbols.numberIn("A/C.3/80/L.20/Rev.1", "A/C.3/80/L.")).isEmpty();
        assertThat(Symbols.nextRevision("A/C.3/80/L.20")).isEqualTo("A/C.3/80/L.20/Rev.1");
        assertThat(Symbols.nextRevision("A/C.3/80/L.20/Rev.1")).isEqualTo("A/C.3/80/L.20/Rev.2");
        assertThat(Symbols.base("A/C.3/80/L.20/Rev.2")).isEqualTo("A/C.3/80/L.20");
        assertThat(Symbols.resolutionNumber(80, 186)).isEqualTo("80/186");
    }

    @Test
    void headings_list_main_sponsors_in_english_alphabetical_order() {
        assertThat(DraftHeading.sponsorLine(List.of("Venezuela (Bolivarian Republic of)", "Russian Federation", "Belarus"), false))
                .isEqualTo("Belarus, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution");
        assertThat(DraftHeading.sponsorLine(List.of("Croatia", "Côte d'Ivoire"), true))
                .isEqualTo("Côte d'Ivoire and Croatia: revised draft resolution");
        assertThat(DraftHeading.subsequentlyJoined(List.of("Peru", "Chile", "Argentina")))
                .isEqualTo("Subsequently, Argentina, Chile and Peru joined in sponsoring the draft resolution.");
        assertThat(DraftHeading.subsequentlyJoined(List.of())).isEmpty();
    }

    @Test
    void a_recorded_vote_is_adopted_when_yes_exceeds_no_abstentions_not_counting() {
        Set<String> voters = new HashSet<>(List.of("AAA", "BBB", "CCC", "DDD", "EEE"));
        VoteTaking.Taken taken = VoteTaking.take(VoteTaking.Method.RECORDED_VOTE,
                Map.of("AAA", "YES", "BBB", "abstain", "CCC", "ABSTAIN", "DDD", "ABSTAIN"), voters);
        assertThat(taken.decision().adopted()).isTrue();
        assertThat(taken.decision().tally().absent()).isEqualTo(1);
        assertThat(VoteTaking.take(VoteTaking.Method.RECORDED_VOTE, Map.of("AAA", "YES", "BBB", "NO"), voters).decision().adopted())
                .isFalse();
        assertThat(VoteTaking.take(VoteTaking.Method.NO_ACTION_MOTION, null, voters).decision().method())
                .isEqualTo(VotingMethod.WITHOUT_VOTE);
        assertThat(VoteTaking.take(VoteTaking.Method.REJECTED, null, voters).outcome()).isEqualTo("rejected without a vote");
    }

    @Test
    void the_resolution_of_seed_004_has_its_un_heading_and_ends_with_meeting_and_date() {
        Document zero = DocumentImporter.parse(Seeds.text(Seeds.DRAFT_80), null);
        Document tabled = IssuedText.asIssuedDraft(zero, "A/C.3/80/L.20", LocalDate.of(2025, 10, 30),
                List.of("Venezuela (Bolivarian Republic of)", "Belarus", "Russian Federation", "Democratic People's Republic of Korea"));
        assertThat(PlainTextRenderer.render(tabled)).contains("A/C.3/80/L.20\n\nDistr.: Limited\n30 October 2025\n",
                "Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution\n");
        Document revised = OralRevision.apply(tabled, List.of(new OralRevision.Change("OP2", "new text of OP2;", null, null)));
        assertThat(revised.byLabel("OP2").orElseThrow().text()).isEqualTo("new text of OP2;");
        Document resolution = IssuedText.asResolution(revised, new IssuedText.Resolution("80/186", LocalDate.of(2025, 12, 16),
                "A/80/463", 26, "53rd plenary meeting"));
        String text = PlainTextRenderer.render(resolution);
        assertThat(text).contains("Resolution adopted by the General Assembly on 16 December 2025\n\n"
                        + "[on the report of the Third Committee (A/80/463, para. 26)]\n\n"
                        + "80/186. Improving the coordination of efforts against trafficking in persons\n",
                "\n53rd plenary meeting\n16 December 2025\n");
        assertThat(text).doesNotContain("draft resolution", "Distr.: Limited");
    }
}
