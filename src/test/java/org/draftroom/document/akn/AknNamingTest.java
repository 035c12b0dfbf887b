package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.model.VoteRecord;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * AKN naming: eIds by the paragraph's number, its identity in wId and GUID; one expression per version; citations
 * as {@code <ref>}; the votes of the record in {@code <analysis>} and {@code <proprietary>}. Every export validates.
 */
class AknNamingTest {

    @Test
    void eids_follow_the_numbers_while_wid_and_guid_keep_a_paragraph_across_versions() {
        Document draft = Seeds.DRAFT_2025.parse();
        Paragraph op5 = draft.byLabel("OP5").orElseThrow();
        Document without3 = draft.delete(draft.byLabel("OP3").orElseThrow().id());
        String before = AknWriter.write(draft, PublicationFacts.derivedFrom(draft));
        String after = AknWriter.write(without3, PublicationFacts.derivedFrom(without3));
        assertThat(AknSchema.errors(after)).isEmpty();
        assertThat(before).contains("<paragraph eId=\"para_5\" wId=\"para_" + op5.id().value() + "\" GUID=\"" + op5.id().value() + "\">",
                "<num>5.</num>");
        assertThat(after).as("renumbered OP4, the same wId and GUID")
                .contains("<paragraph eId=\"para_4\" wId=\"para_" + op5.id().value() + "\" GUID=\"" + op5.id().value() + "\">");
        assertThat(after).contains("<container name=\"preambularParagraph\" eId=\"preamble__container_1\" wId=\"preamble__container_");
        assertThat(Pattern.compile("eId=\"[^\"]*[^a-zA-Z0-9_\\-\"][^\"]*\"").matcher(after).find()).as("eIds are words").isFalse();
    }

    @Test
    void sub_paragraphs_are_points_of_a_list_named_after_their_letters() {
        Document seed = Seeds.DRAFT_2025.parse();
        Document d = seed.append(Paragraph.of(org.draftroom.document.model.ParagraphId.of("sub-a"), ParagraphKind.OPERATIVE, 1, "",
                "to remain seized of the matter;")).renumbered();
        List<String> labels = d.labels();
        int sub = d.paragraphs().size() - 1;
        Matcher m = Pattern.compile("OP(\\d+)\\(a\\)").matcher(labels.get(sub));
        assertThat(m.matches()).as(labels.get(sub)).isTrue();
        String xml = AknWriter.write(d, PublicationFacts.derivedFrom(d));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("<list eId=\"para_" + m.group(1) + "__list_1\">",
                "<point eId=\"para_" + m.group(1) + "__list_1__point_a\" wId=\"point_" + d.paragraphs().get(sub).id().value() + "\"");
        assertThat(AknEids.fromLabel("OP8(a)(ii)", ParagraphKind.OPERATIVE)).isEqualTo("para_8__list_1__point_a__list_1__point_ii");
        assertThat(AknEids.fromLabel("OP38(0 bis)", ParagraphKind.OPERATIVE)).isEqualTo("para_38__list_1__point_0bis");
        assertThat(AknEids.fromLabel("OP4 bis", ParagraphKind.OPERATIVE)).isEqualTo("para_4bis");
        assertThat(AknEids.fromLabel("PP3(b ter)", ParagraphKind.PREAMBULAR)).isEqualTo("preamble__container_3__list_1__item_bter");
    }

    @Test
    void versions_that_share_a_date_are_distinct_expressions_numbered_after_the_date() {
        Document d = Seeds.DRAFT_2025.parse();
        PublicationFacts facts = PublicationFacts.derivedFrom(d);
        String v2 = AknWriter.write(d, facts.withVersion(new PublicationFacts.Version(2, true)));
        String v3 = AknWriter.write(d, facts.withVersion(new PublicationFacts.Version(3, true)));
        String alone = AknWriter.write(d, facts.withVersion(new PublicationFacts.Version(4, false)));
        String date = d.metadata().date().toString();
        assertThat(AknSchema.errors(v3)).isEmpty();
        assertThat(v2).contains("<FRBRuri value=\"/akn/un/statement/deliberation/un-ga-c3/" + date + "/unnumbered/eng@" + date + ";2\"/>",
                "/eng@" + date + ";2.akn\"/>", "<FRBRversionNumber value=\"2\"/>");
        assertThat(v3).contains("/eng@" + date + ";3\"/>", "<FRBRversionNumber value=\"3\"/>");
        assertThat(alone).contains("/eng@" + date + "\"/>", "<FRBRversionNumber value=\"4\"/>").doesNotContain(";4");
    }

    @Test
    void general_assembly_resolutions_and_document_symbols_cited_in_the_text_are_links() {
        Document d = Seeds.DRAFT_2019.parse();
        String xml = AknWriter.write(d, PublicationFacts.derivedFrom(d));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("its resolution <ref href=\"https://undocs.org/en/A/RES/64/293\">64/293</ref> of 30 July 2010",
                "<ref href=\"https://undocs.org/en/A/RES/61/180\">61/180</ref> of 20 December 2006, "
                        + "<ref href=\"https://undocs.org/en/A/RES/64/178\">64/178</ref> of 18 December 2009",
                "and <ref href=\"https://undocs.org/en/A/RES/72/195\">72/195</ref> of 19 December 2017");
        assertThat(xml).as("a resolution of the Commission is no A/RES").contains("Criminal Justice resolution 27/2 of 18 May 2018");
        assertThat(AknReader.read(xml).document().paragraphs()).as("a link reads back as its text").isEqualTo(d.paragraphs());
    }

    @Test
    void every_vote_is_in_the_analysis_with_its_ballots_and_proposer_in_proprietary() {
        Document d = Seeds.DRAFT_2025.parse();
        List<VoteRecord> votes = List.of(
                new VoteRecord("amendment", "A/C.3/80/L.61", "Egypt, on behalf of the Group of African States", LocalDate.of(2025, 11, 18),
                        "50th meeting", false, true, 1, 2, 0, List.of("Egypt"), List.of("France", "Mexico"), List.of()),
                new VoteRecord("division", "OP1", null, LocalDate.of(2025, 11, 18), "50th meeting", true, false, 0, 0, 0,
                        List.of(), List.of(), List.of()),
                new VoteRecord("draft", "A/C.3/80/L.20", null, LocalDate.of(2025, 11, 18), "50th meeting", true, true, 3, 0, 1,
                        List.of("Chile", "Côte d'Ivoire", "Egypt"), List.of(), List.of("France")));
        String xml = AknWriter.write(d, PublicationFacts.derivedFrom(d).withVotes(votes));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("<voting eId=\"voting_1\" outcome=\"#rejected\" refersTo=\"#recordedVote\">",
                "<count eId=\"voting_1__count_against\" value=\"2\" refersTo=\"#against\"/>",
                "<voting eId=\"voting_2\" outcome=\"#adopted\" refersTo=\"#withoutVote\">",
                "<voting eId=\"voting_3\" outcome=\"#adopted\" refersTo=\"#recordedVote\">",
                "<TLCConcept eId=\"rejected\"", "<TLCConcept eId=\"withoutVote\"",
                "<proprietary source=\"#draftroom\">",
                "<dr:vote voting=\"#voting_1\" kind=\"amendment\" subject=\"A/C.3/80/L.61\" date=\"2025-11-18\" meeting=\"50th meeting\" "
                        + "outcome=\"rejected\" method=\"recordedVote\">",
                "<dr:proposer>Egypt, on behalf of the Group of African States</dr:proposer>",
                "<dr:against count=\"2\">", "<dr:abstaining count=\"0\"/>",
                "<dr:vote voting=\"#voting_2\" kind=\"division\" subject=\"OP1\" date=\"2025-11-18\" meeting=\"50th meeting\" "
                        + "outcome=\"adopted\" method=\"withoutVote\"/>",
                "<dr:state>Côte d'Ivoire</dr:state>");
        assertThat(xml.indexOf("</notes>") < 0 || xml.indexOf("</notes>") < xml.indexOf("<proprietary")).isTrue();
        assertThat(votes.get(0).described() + ", " + votes.get(0).outcome()).isEqualTo(
                "the amendment A/C.3/80/L.61, proposed by Egypt, on behalf of the Group of African States, "
                        + "rejected by a recorded vote of 1 to 2, with 0 abstentions");
        assertThat(votes.get(1).outcome()).isEqualTo("retained without a vote");
    }
}
