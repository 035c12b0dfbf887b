package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class AknAmendmentWriterTest {

    @Test
    void an_amendment_names_the_paragraphs_it_changes_by_their_eids_in_the_draft() {
        Document draft = Seeds.DRAFT_2025.parse();
        Paragraph op5 = draft.byLabel("OP5").orElseThrow();
        Paragraph pp3 = draft.byLabel("PP3").orElseThrow();
        int at = op5.fullText().indexOf("from within existing");
        Document amended = draft.replace(op5.withFullTextReplaced(at, at + "from within existing".length(), "within"))
                .delete(pp3.id())
                .append(Paragraph.of(ParagraphId.of("new-op"), ParagraphKind.OPERATIVE, 0, "Decides",
                        "to remain seized of the matter."));
        String xml = AknAmendmentWriter.write(draft, amended,
                new AknAmendmentWriter.Amendment("A/C.3/80/L.45", "Russian Federation", LocalDate.of(2025, 11, 3)));
        assertThat(AknSchema.errors(xml)).isEmpty();
        String draftXml = AknWriter.write(draft, PublicationFacts.derivedFrom(draft));
        assertThat(draftXml).contains("eId=\"para_5\" wId=\"para_" + op5.id().value() + "\"",
                "eId=\"preamble__container_3\" wId=\"preamble__container_" + pp3.id().value() + "\"");
        assertThat(xml).contains("<textualMod eId=\"textualMod_1\" type=\"repeal\">",
                "#preamble__container_3\"/>",
                "type=\"substitution\">", "#para_5\"/>",
                "type=\"insertion\">", "#para_38bis\"/>",
                "<docProponent refersTo=\"#proponent_russianFederation\">Russian Federation</docProponent>",
                "Insert a new paragraph OP38 bis reading <quotedText startQuote=\"\u201C\" endQuote=\"\u201D\">Decides to remain");
    }
}
