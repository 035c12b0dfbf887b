package org.draftroom.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.draftroom.document.compare.AttributedComparison;
import org.draftroom.document.compare.AttributionStep;
import org.draftroom.document.compare.ChangeAttribution;
import org.draftroom.document.compare.ChangeSource;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.GoldenFiles;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

/** word/document.xml of a tracked-changes export of seed 004 amended by three States, against a golden file. */
class AttributedChangesGoldenTest {

    static Document replace(Document d, String label, String quote, String with) {
        Paragraph p = d.byLabel(label).orElseThrow();
        int at = p.fullText().indexOf(quote);
        return d.replace(p.withFullTextReplaced(at, at + quote.length(), with));
    }

    @Test
    void the_word_compare_of_a_draft_amended_by_three_states_names_each_on_its_changes() {
        Document v1 = Seeds.DRAFT_2025.parse();
        Document v2 = replace(v1, "OP5", "four-year basis", "five-year basis");
        Document v3 = replace(v2, "OP5", "from within existing resources, ", "");
        Document v4 = v3.insertAfter(v3.byLabel("OP24").orElseThrow().id(), Paragraph.of(ParagraphId.of("mexico-1"),
                ParagraphKind.OPERATIVE, 0, "Encourages", "Member States to share good practices in protecting victims;"));
        AttributedComparison attributed = ChangeAttribution.attribute(v1, List.of(
                new AttributionStep(ChangeSource.of("France", Instant.parse("2025-10-20T14:00:00Z")), v2),
                new AttributionStep(ChangeSource.of("Brazil", Instant.parse("2025-10-21T10:30:00Z")), v3),
                new AttributionStep(ChangeSource.of("Mexico", Instant.parse("2025-10-22T16:45:00Z")), v4)),
                ChangeSource.of(ChangeSource.SECRETARIAT, Instant.EPOCH));
        WordXml xml = WordXml.of(TrackedChangesDocxWriter.write(attributed, v1, v4));
        assertThat(xml.authors()).containsOnly("France", "Brazil", "Mexico");
        GoldenFiles.assertMatches("004-three-states.document.xml", xml.document().replace("><", ">\n<"));
    }
}
