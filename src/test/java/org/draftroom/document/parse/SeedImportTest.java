package org.draftroom.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.draftroom.document.model.Distribution;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedImportTest {

    @ParameterizedTest
    @CsvSource({
        "RES_76_186, 43, 28, 22, PP10",
        "DRAFT_2019, 36, 26, 16, PP8",
        "RES_72_195, 34, 22, 14, PP8",
        "DRAFT_2025, 49, 38, 35, PP9"
    })
    void each_seed_has_the_expected_numbers_of_paragraphs_and_footnotes(Seeds seed, int pp, int op, int footnotes,
            String parentOfSubParagraphs) {
        Document d = seed.parse();
        assertThat(d.count(ParagraphKind.PREAMBULAR, 0)).isEqualTo(pp);
        assertThat(d.count(ParagraphKind.OPERATIVE, 0)).isEqualTo(op);
        assertThat(d.footnotes()).hasSize(footnotes);
        assertThat(d.footnotes()).extracting(f -> f.number()).isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, footnotes).boxed().toList());
        List<String> subLabels = d.labels().stream().filter(l -> l.contains("(")).toList();
        assertThat(subLabels).containsExactly(
                parentOfSubParagraphs + "(a)", parentOfSubParagraphs + "(b)", parentOfSubParagraphs + "(c)",
                parentOfSubParagraphs + "(d)", parentOfSubParagraphs + "(e)", parentOfSubParagraphs + "(f)");
        assertThat(d.byLabel(parentOfSubParagraphs).orElseThrow().fullText())
                .isEqualTo("Reaffirming that the Global Plan of Action was developed:");
        assertThat(d.children(d.byLabel(parentOfSubParagraphs).orElseThrow().id())).hasSize(6);
    }

    @Test
    void resolution_76_186_has_its_full_metadata() {
        DocumentMetadata m = Seeds.RES_76_186.parse().metadata();
        assertThat(m.organ()).isEqualTo("General Assembly");
        assertThat(m.distribution()).isEqualTo(Distribution.GENERAL);
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 1, 11));
        assertThat(m.session()).isEqualTo(76);
        assertThat(m.committee()).isEqualTo("Third Committee");
        assertThat(m.agendaItemNumber()).isEqualTo(108);
        assertThat(m.agendaItemTitle()).isEqualTo("Crime prevention and criminal justice");
        assertThat(m.title()).isEqualTo("Improving the coordination of efforts against trafficking in persons");
        assertThat(m.symbol()).isNull();
        assertThat(m.effectiveSymbol()).isEqualTo("A/RES/76/186");
        assertThat(m.mainSponsors()).isEmpty();
        assertThat(m.isAdoptedResolution()).isTrue();
        assertThat(m.adoption().resolutionNumber()).isEqualTo("76/186");
        assertThat(m.adoption().adoptionDate()).isEqualTo(LocalDate.of(2021, 12, 16));
        assertThat(m.adoption().reportSymbol()).isEqualTo("A/76/463");
        assertThat(m.adoption().reportParagraph()).isEqualTo(26);
        assertThat(m.adoption().plenaryMeeting()).isEqualTo("53rd plenary meeting");
    }

    @Test
    void resolution_72_195_has_its_full_metadata() {
        DocumentMetadata m = Seeds.RES_72_195.parse().metadata();
        assertThat(m.organ()).isEqualTo("General Assembly");
        assertThat(m.distribution()).isEqualTo(Distribution.GENERAL);
        assertThat(m.date()).isEqualTo(LocalDate.of(2018, 1, 23));
        assertThat(m.session()).isEqualTo(72);
        assertThat(m.committee()).isEqualTo("Third Committee");
        assertThat(m.agendaItemNumber()).isEqualTo(107);
        assertThat(m.agendaItemTitle()).as("not printed in this seed").isNull();
        assertThat(m.title()).isEqualTo("Improving the coordination of efforts against trafficking in persons");
        assertThat(m.adoption().resolutionNumber()).isEqualTo("72/195");
        assertThat(m.adoption().adoptionDate()).isEqualTo(LocalDate.of(2017, 12, 19));
        assertThat(m.adoption().reportSymbol()).isEqualTo("A/72/440");
        assertThat(m.adoption().reportParagraph()).isNull();
        assertThat(m.adoption().plenaryMeeting()).isEqualTo("73rd plenary meeting");
    }

    @Test
    void the_drafts_name_their_main_sponsors_exactly() {
        DocumentMetadata d2019 = Seeds.DRAFT_2019.parse().metadata();
        assertThat(d2019.mainSponsors())
                .containsExactly("Belarus", "Russian Federation", "Venezuela (Bolivarian Republic of)");
        assertThat(d2019.distribution()).isEqualTo(Distribution.LIMITED);
        assertThat(d2019.session()).isEqualTo(74);
        assertThat(d2019.agendaItemNumber()).isEqualTo(106);
        assertThat(d2019.originalLanguage()).isEqualTo("English");
        assertThat(d2019.isDraft()).isTrue();
        DocumentMetadata d2025 = Seeds.DRAFT_2025.parse().metadata();
        assertThat(d2025.mainSponsors()).containsExactly("Belarus", "Democratic People's Republic of Korea",
                "Russian Federation", "Venezuela (Bolivarian Republic of)");
        assertThat(d2025.session()).isEqualTo(80);
        assertThat(d2025.date()).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void opening_phrases_are_split_from_the_text() {
        Document d = Seeds.RES_76_186.parse();
        Paragraph pp7 = d.byLabel("PP7").orElseThrow();
        assertThat(pp7.openingPhrase()).isEqualTo("Recalling also");
        assertThat(pp7.text()).startsWith("the United Nations Convention against Transnational Organized Crime,");
        assertThat(d.byLabel("OP8").orElseThrow().openingPhrase())
                .isEqualTo("Expresses solidarity with and compassion for");
        assertThat(d.byLabel("OP1").orElseThrow().openingPhrase()).as("whole paragraph in italics in the seed")
                .isEqualTo("Urges");
        assertThat(d.byLabel("PP22").orElseThrow().openingPhrase()).isEqualTo("Taking note with appreciation also");
        assertThat(Seeds.DRAFT_2025.parse().byLabel("OP6").orElseThrow().openingPhrase())
                .isEqualTo("Reaffirms its request");
    }

    @Test
    void footnote_markers_keep_their_position_in_the_text() {
        Paragraph pp6 = Seeds.RES_76_186.parse().byLabel("PP6").orElseThrow();
        FootnoteRef first = pp6.footnoteRefs().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(pp6.text().substring(0, first.offset())).endsWith("2030 Agenda for Sustainable Development,");
        assertThat(pp6.text()).contains("Development, and recalling also");
        assertThat(pp6.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_paragraph_cut_by_a_footnote_block_is_joined_even_when_it_continues_with_a_capital() {
        Paragraph op13 = Seeds.DRAFT_2019.parse().byLabel("OP13").orElseThrow();
        assertThat(op13.text()).contains("held on 29 June 2018 at United Nations Headquarters, as well as requests");
        Paragraph pp5 = Seeds.RES_72_195.parse().byLabel("PP5").orElseThrow();
        assertThat(pp5.text()).contains("the Rights of the Child on the sale of children");
        Paragraph op25 = Seeds.RES_76_186.parse().byLabel("OP25").orElseThrow();
        assertThat(op25.text()).contains("available to Member States, and invites Member States to host");
    }

    @Test
    void links_become_plain_text_and_inline_emphasis_is_kept_as_spans() {
        Document d = Seeds.RES_76_186.parse();
        Paragraph pp9 = d.byLabel("PP9").orElseThrow();
        assertThat(pp9.text()).contains("in its resolution 64/293 of 30 July 2010").doesNotContain("](#)");
        Paragraph op4 = d.byLabel("OP4").orElseThrow();
        var span = op4.emphasis().get(0);
        assertThat(op4.text().substring(span.start(), span.end())).isEqualTo("inter alia");
        assertThat(span.style()).isEqualTo(EmphasisStyle.ITALIC);
        assertThat(d.footnote(5).orElseThrow().text()).isEqualTo("United Nations, Treaty Series, vol. 2225, No. 39574.");
        Paragraph pp37 = Seeds.DRAFT_2025.parse().byLabel("PP37").orElseThrow();
        assertThat(pp37.openingPhrase()).isEqualTo("Stressing");
        assertThat(pp37.emphasis()).hasSize(1);
        var title = pp37.emphasis().get(0);
        assertThat(pp37.text().substring(title.start(), title.end()))
                .isEqualTo("Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes");
    }

    @Test
    void a_footnote_referenced_again_later_points_at_the_same_footnote() {
        Paragraph op1 = Seeds.DRAFT_2019.parse().byLabel("OP1").orElseThrow();
        assertThat(op1.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(2, 3);
    }

    @Test
    void the_format_of_each_seed_is_detected() {
        assertThat(DocumentImporter.detectFormat(Seeds.RES_76_186.text())).isEqualTo(SourceFormat.PLAIN);
        assertThat(DocumentImporter.detectFormat(Seeds.DRAFT_2019.text())).isEqualTo(SourceFormat.PLAIN);
        assertThat(DocumentImporter.detectFormat(Seeds.RES_72_195.text())).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(DocumentImporter.detectFormat(Seeds.DRAFT_2025.text())).isEqualTo(SourceFormat.PLAIN);
    }

    @Test
    void every_paragraph_gets_its_own_id() {
        Document d = DocumentImporter.parse(Seeds.DRAFT_2025.text(), null);
        assertThat(d.paragraphs().stream().map(Paragraph::id).distinct().count()).isEqualTo(d.paragraphs().size());
    }
}
