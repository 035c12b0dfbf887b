package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.testing.GoldenFiles;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The Akoma Ntoso of a seed and of an amended version against golden files, named as AKN4UN names them. */
class AknGoldenTest {

    @Test
    void resolution_76_186_is_named_by_its_akn4un_iri_and_keeps_its_former_iri_as_an_alias() {
        Document d = Seeds.RES_76_186.parse();
        String xml = AknWriter.write(d, PublicationFacts.derivedFrom(d));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("<FRBRthis value=\"/akn/un/statement/deliberation/un-ga/2021-12-16/76-186/!main\"/>",
                "<FRBRalias value=\"/akn/un/statement/resolution/generalAssembly/2021-12-16/A-RES-76-186\" name=\"formerIri\"/>",
                "<FRBRsubtype value=\"resolution\"/>");
        GoldenFiles.assertMatches("001.akn.xml", xml);
    }

    @Test
    void an_amended_version_of_the_2025_draft_is_a_third_committee_draft_with_its_amended_paragraph() {
        Document d = Seeds.DRAFT_2025.parse();
        Paragraph op5 = d.byLabel("OP5").orElseThrow();
        int at = op5.fullText().indexOf("four-year basis");
        Document amended = d.replace(op5.withFullTextReplaced(at, at + "four-year".length(), "five-year"));
        String xml = AknWriter.write(amended, PublicationFacts.derivedFrom(amended));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("/akn/un/statement/deliberation/un-ga-c3/", "<FRBRsubtype value=\"draftResolution\"/>",
                "on a five-year basis");
        GoldenFiles.assertMatches("004-amended.akn.xml", xml);
    }

    @Test
    void workflow_steps_are_written_in_date_order_whatever_order_they_were_given_in() {
        Document d = Seeds.RES_76_186.parse();
        PublicationFacts facts = new PublicationFacts("A/RES/76/186", java.util.List.of(
                new PublicationFacts.WorkflowStep("committeeAction", "A/C.3/76/SR.17", java.time.LocalDate.of(2021, 11, 18)),
                new PublicationFacts.WorkflowStep("draftResolution", "A/C.3/76/L.8", java.time.LocalDate.of(2021, 10, 20)),
                new PublicationFacts.WorkflowStep("adopted", "A/RES/76/186", java.time.LocalDate.of(2021, 12, 16))),
                PublicationFacts.VotingOutcome.adoptedWithoutVote(), java.util.List.of());
        String xml = AknWriter.write(d, facts);
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml.indexOf("date=\"2021-10-20\" by=")).isLessThan(xml.indexOf("date=\"2021-11-18\" by="));
        assertThat(xml.indexOf("date=\"2021-11-18\" by=")).isLessThan(xml.indexOf("date=\"2021-12-16\" by="));
    }
}
