package org.draftroom.document.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.draftroom.document.akn.AknAmendmentWriter;
import org.draftroom.document.akn.AknSchema;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.GoldenFiles;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class WrittenAmendmentTest {

    /** Seed 004 with OP5 reworded, a word inserted in PP3, PP2 deleted and a new paragraph after OP24. */
    static Document[] amended() {
        Document d = Seeds.DRAFT_2025.parse();
        Paragraph op5 = d.byLabel("OP5").orElseThrow();
        int at = op5.fullText().indexOf("four-year basis");
        Document a = d.replace(op5.withFullTextReplaced(at, at + "four-year".length(), "five-year"));
        Paragraph pp9 = a.byLabel("PP2").orElseThrow();
        a = a.delete(pp9.id());
        a = a.insertAfter(a.byLabel("OP24").orElseThrow().id(), Paragraph.of(ParagraphId.of("new"), ParagraphKind.OPERATIVE, 0,
                "Encourages", "Member States to share good practices;"));
        return new Document[] {d, a};
    }

    @Test
    void each_change_is_an_instruction_under_the_paragraph_it_changes() {
        Document[] v = amended();
        WrittenAmendment w = WrittenAmendment.of("A/C.3/80/L.61", "Amendment 1", List.of("Mexico", "Brazil"),
                LocalDate.of(2025, 11, 3), v[0], v[1]);
        assertThat(w.heading()).isEqualTo("Mexico and Brazil: amendment to draft resolution");
        assertThat(w.instructions()).extracting(WrittenAmendment.Instruction::paragraph)
                .containsExactly("Preambular paragraph 2", "Operative paragraph 5", "Operative paragraph 24 bis (new)");
        assertThat(w.instructions().get(0).actions()).containsExactly("Delete the paragraph");
        assertThat(w.instructions().get(1).actions()).containsExactly("Replace \u201Cfour-year\u201D with \u201Cfive-year\u201D");
        assertThat(w.instructions().get(2).actions())
                .containsExactly("Insert a new paragraph reading: \u201CEncourages Member States to share good practices;\u201D");
        assertThat(WrittenAmendment.wordActions(org.draftroom.document.compare.WordDiff.diff("on a basis", "on a yearly basis")))
                .containsExactly("Insert \u201Cyearly\u201D after \u201Con a\u201D");
        assertThat(WrittenAmendment.wordActions(org.draftroom.document.compare.WordDiff.diff("Decides to act", "Also decides to act")))
                .containsExactly("Replace \u201CDecides\u201D with \u201CAlso decides\u201D");
        String html = WrittenAmendmentHtml.render(w);
        assertThat(html).contains("<p class=\"symbol\">A/C.3/80/L.61</p>", "<h2>Operative paragraph 5</h2>",
                "Replace \u201Cfour-year\u201D with \u201Cfive-year\u201D");
    }

    @Test
    void the_akoma_ntoso_amendment_is_schema_valid_and_matches_its_golden_file() {
        Document[] v = amended();
        String xml = AknAmendmentWriter.write(v[0], v[1], new AknAmendmentWriter.Amendment("A/C.3/80/L.61", "Mexico",
                LocalDate.of(2025, 11, 3), List.of("Brazil")));
        assertThat(AknSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("<activeModifications>", "<mod ", "<quotedText ", "<docProponent refersTo=\"#cosponsor_brazil\">Brazil</docProponent>");
        GoldenFiles.assertMatches("amendment-A_C.3_80_L.61.akn.xml", xml);
    }
}
