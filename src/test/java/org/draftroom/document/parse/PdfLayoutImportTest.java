package org.draftroom.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.IdGenerator;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.testing.PdfLayoutWriter;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PdfLayoutImportTest {

    static String pdfText(Seeds seed) {
        Document d = seed.parse();
        String symbol = switch (seed) {
            case RES_76_186 -> "A/RES/76/186";
            case DRAFT_2019 -> "A/C.3/74/L.16";
            case RES_72_195 -> "A/RES/72/195";
            case DRAFT_2025 -> "A/C.3/80/L.14";
        };
        return PdfLayoutWriter.write(d, symbol, "2" + seed.number().charAt(2) + "-1" + seed.number() + "7", "010203");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_pdf_layout_of_each_seed_is_detected_as_pdf_text(Seeds seed) {
        assertThat(DocumentImporter.detectFormat(pdfText(seed))).isEqualTo(SourceFormat.PDF_TEXT);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_pdf_layout_of_each_seed_parses_to_the_same_paragraphs_and_footnotes(Seeds seed) {
        Document expected = seed.parse();
        Document actual = DocumentImporter.parse(pdfText(seed), SourceFormat.PDF_TEXT, IdGenerator.sequential("pdf"));
        assertSameContent(actual, expected);
    }

    /**
     * Each seed re-laid in a narrow column as a PDF lays it (compounds broken after their hyphen, long words
     * hyphenated, running heads, footnotes at the page foot, job numbers) comes out as the clean text.
     */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void each_seed_in_a_narrow_hyphenated_column_parses_to_the_same_paragraphs_and_footnotes(Seeds seed) {
        Document expected = seed.parse();
        for (int width : new int[] {44, 58}) {
            String text = PdfLayoutWriter.writeNarrow(expected, symbol(seed), "2" + seed.number().charAt(2) + "-1" + seed.number() + "7",
                    "010203", width);
            assertThat(text).as("the layout breaks words at line ends").containsPattern("\\p{L}-\n");
            Document actual = DocumentImporter.parse(text, SourceFormat.PDF_TEXT, IdGenerator.sequential("pdf"));
            assertSameContent(actual, expected);
        }
    }

    @Test
    void a_line_end_hyphen_keeps_a_compound_and_rejoins_a_hyphenated_word() {
        LineEndHyphens hyphens = new LineEndHyphens("the implementation of victim-centred approaches by the agency\n");
        assertThat(hyphens.join("the Inter-", "Agency Standing Committee")).isEqualTo("the Inter-Agency Standing Committee");
        assertThat(hyphens.join("a victim-", "centred approach")).isEqualTo("a victim-centred approach");
        assertThat(hyphens.join("the imple-", "mentation of")).isEqualTo("the implementation of");
        assertThat(hyphens.join("its coordi-", "nation")).as("no word of its own").isEqualTo("its coordination");
        assertThat(hyphens.join("pre-", "and post-natal care")).isEqualTo("pre- and post-natal care");
        assertThat(hyphens.join("the agency-", "based")).as("'based' no word of the text, so no compound")
                .isEqualTo("the agencybased");
        assertThat(hyphens.join("a 2021-", "2030 plan")).isEqualTo("a 2021- 2030 plan");
    }

    static String symbol(Seeds seed) {
        return switch (seed) {
            case RES_76_186 -> "A/RES/76/186";
            case DRAFT_2019 -> "A/C.3/74/L.16";
            case RES_72_195 -> "A/RES/72/195";
            case DRAFT_2025 -> "A/C.3/80/L.14";
        };
    }

    @Test
    void the_literal_pdf_fixture_of_resolution_72_195_parses_like_the_markdown_seed() {
        String fixture = Seeds.resource("/pdf-text/A_RES_72_195.txt");
        Document actual = DocumentImporter.parse(fixture, null, IdGenerator.sequential("pdf"));
        assertSameContent(actual, Seeds.RES_72_195.parse());
        assertThat(actual.metadata().symbol()).isEqualTo("A/RES/72/195");
    }

    @Test
    void the_literal_pdf_fixture_of_the_2019_draft_parses_like_the_plain_seed() {
        String fixture = Seeds.resource("/pdf-text/A_C.3_74_L.16.txt");
        Document actual = DocumentImporter.parse(fixture, null, IdGenerator.sequential("pdf"));
        assertSameContent(actual, Seeds.DRAFT_2019.parse());
        assertThat(actual.metadata().symbol()).isEqualTo("A/C.3/74/L.16");
        assertThat(actual.metadata().mainSponsors())
                .containsExactly("Belarus", "Russian Federation", "Venezuela (Bolivarian Republic of)");
    }

    static void assertSameContent(Document actual, Document expected) {
        assertThat(actual.labels()).isEqualTo(expected.labels());
        for (int i = 0; i < expected.paragraphs().size(); i++) {
            Paragraph e = expected.paragraphs().get(i);
            Paragraph a = actual.paragraphs().get(i);
            String label = expected.labels().get(i);
            assertThat(a.openingPhrase()).as(label + " opening phrase").isEqualTo(e.openingPhrase());
            assertThat(ws(a.text())).as(label + " text").isEqualTo(ws(e.text()));
            assertThat(a.footnoteRefs()).as(label + " footnote refs").isEqualTo(e.footnoteRefs());
        }
        List<String> ef = expected.footnotes().stream().map(PdfLayoutImportTest::footnote).toList();
        List<String> af = actual.footnotes().stream().map(PdfLayoutImportTest::footnote).toList();
        assertThat(af).isEqualTo(ef);
        var em = expected.metadata();
        var am = actual.metadata();
        assertThat(am.withSymbol(null)).isEqualTo(em.withSymbol(null));
    }

    private static String footnote(Footnote f) {
        return f.number() + " " + ws(f.text());
    }

    private static String ws(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
