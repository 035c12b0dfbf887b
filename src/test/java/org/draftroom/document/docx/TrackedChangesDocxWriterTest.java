package org.draftroom.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class TrackedChangesDocxWriterTest {

    static final String AUTHOR = "Russian Federation";

    /** Seed 004 and the same text with an amendment to OP5 by the Russian Federation. */
    static Document[] op5Amended() {
        Document before = Seeds.DRAFT_2025.parse();
        Paragraph op5 = before.byLabel("OP5").orElseThrow();
        String full = op5.fullText();
        int at = full.indexOf("from within existing resources");
        Paragraph changed = op5.withFullTextReplaced(at, at + "from within existing".length(),
                "subject to the availability of extrabudgetary");
        int decides = changed.fullText().indexOf("therefore decides");
        changed = changed.withFullTextReplaced(decides, decides + "therefore decides".length(), "therefore also decides");
        return new Document[] {before, before.replace(changed)};
    }

    @Test
    void an_amendment_to_op5_gives_insertions_and_deletions_of_exactly_its_words_by_the_amending_state()
            throws Exception {
        Document[] versions = op5Amended();
        byte[] docx = TrackedChangesDocxWriter.write(versions[0], versions[1], AUTHOR, Instant.parse("2025-11-03T10:00:00Z"));
        Files.createDirectories(Path.of("target/docx"));
        Files.write(Path.of("target/docx/004-op5-tracked.docx"), docx);
        WordXml xml = WordXml.of(docx);
        assertThat(xml.inserted()).containsExactly("subject to the availability of extrabudgetary", "also");
        assertThat(xml.deleted()).containsExactly("from within existing");
        assertThat(xml.authors()).containsOnly(AUTHOR);
        assertThat(xml.document().contains("w:date=\"2025-11-03T10:00:00.000Z\"")).as("dated").isTrue();
    }

    @Test
    void accepting_the_changes_gives_the_later_version_and_whole_paragraphs_are_tracked_too() {
        Document[] versions = op5Amended();
        Document after = versions[1];
        Paragraph added = Paragraph.of(org.draftroom.document.model.ParagraphId.of("new-op"), ParagraphKind.OPERATIVE, 0,
                "Decides", "to remain seized of the matter.");
        Paragraph gone = after.byLabel("OP12").orElseThrow();
        after = after.append(added).delete(gone.id());
        byte[] docx = TrackedChangesDocxWriter.write(versions[0], after, AUTHOR, Instant.EPOCH);
        WordXml xml = WordXml.of(docx);
        assertThat(xml.inserted()).contains("Decides to remain seized of the matter.");
        assertThat(xml.deleted()).contains(gone.fullText());
        Document accepted = DocxReader.read(docx);
        assertThat(accepted.count(ParagraphKind.OPERATIVE, 0)).isEqualTo(after.count(ParagraphKind.OPERATIVE, 0));
        List<String> texts = accepted.paragraphs().stream().map(Paragraph::fullText).toList();
        assertThat(texts).containsExactlyElementsOf(after.paragraphs().stream().map(Paragraph::fullText).toList());
    }
}
