package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AknRoundTripTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void export_import_export_gives_the_same_bytes_and_the_same_document(Seeds seed) {
        Document d = seed.parse();
        PublicationFacts facts = PublicationFacts.derivedFrom(d);
        String first = AknWriter.write(d, facts);
        AknReader.Imported imported = AknReader.read(first);
        assertThat(AknWriter.write(imported.document(), imported.facts())).isEqualTo(first);
        assertThat(imported.document()).isEqualTo(d);
        assertThat(imported.facts()).isEqualTo(facts);
    }

    @Test
    void lifecycle_facts_survive_the_round_trip() {
        Document d = Seeds.RES_76_186.parse();
        PublicationFacts facts = new PublicationFacts("A/RES/76/186", List.of(
                new PublicationFacts.WorkflowStep("draftResolution", "A/C.3/76/L.8", LocalDate.of(2021, 10, 20)),
                new PublicationFacts.WorkflowStep("committeeAction", "A/76/463", LocalDate.of(2021, 11, 18)),
                new PublicationFacts.WorkflowStep("adopted", "A/76/PV.53", LocalDate.of(2021, 12, 16))),
                PublicationFacts.VotingOutcome.recorded(120, 3, 45), List.of("Belarus", "Russian Federation"));
        String xml = AknWriter.write(d, facts);
        assertThat(AknSchema.errors(xml)).isEmpty();
        AknReader.Imported back = AknReader.read(xml);
        assertThat(back.facts()).isEqualTo(facts);
        assertThat(AknWriter.write(back.document(), back.facts())).isEqualTo(xml);
        PublicationFacts withoutVote = facts.withOutcome(PublicationFacts.VotingOutcome.adoptedWithoutVote());
        String xml2 = AknWriter.write(d, withoutVote);
        assertThat(AknSchema.errors(xml2)).isEmpty();
        assertThat(AknReader.read(xml2).facts()).isEqualTo(withoutVote);
    }

    @Test
    void odd_content_survives_the_round_trip() {
        Paragraph pp = new Paragraph(ParagraphId.of("odd id with spaces & <stuff>"), ParagraphKind.PREAMBULAR, 0,
                "Noting", "that *stars*, <angle> & \"quotes\" and bold-italic overlap",
                List.of(Emphasis.italic(5, 12), new Emphasis(9, 20, org.draftroom.document.model.EmphasisStyle.BOLD)),
                List.of(new FootnoteRef(12, 1), new FootnoteRef(20, 1)), true);
        Paragraph op = Paragraph.of(ParagraphId.of("op-1"), ParagraphKind.OPERATIVE, 0, "Decides", ", in principle, to act;");
        Document d = new Document(org.draftroom.document.model.DocumentMetadata.empty(), List.of(pp, op),
                List.of(Footnote.plain(1, "A note."), Footnote.plain(2, "An orphan note.")));
        String xml = AknWriter.write(d, PublicationFacts.none());
        assertThat(AknSchema.errors(xml)).isEmpty();
        AknReader.Imported back = AknReader.read(xml);
        assertThat(back.document().paragraphs()).extracting(Paragraph::id).containsExactly(pp.id(), op.id());
        assertThat(back.document().paragraphs().get(0).inserted()).isTrue();
        assertThat(back.document().paragraphs().get(0).fullText()).isEqualTo(pp.fullText());
        assertThat(back.document().paragraphs().get(0).footnoteRefs()).isEqualTo(pp.footnoteRefs());
        assertThat(back.document().paragraphs().get(1).fullText()).isEqualTo(op.fullText());
        assertThat(back.document().footnotes()).isEqualTo(d.footnotes());
        assertThat(AknWriter.write(back.document(), back.facts())).isEqualTo(xml);
    }
}
