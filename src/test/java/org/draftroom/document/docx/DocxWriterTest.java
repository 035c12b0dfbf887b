package org.draftroom.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

class DocxWriterTest {

    @Test
    void the_word_file_of_seed_004_has_49_preambular_and_38_operative_paragraphs_and_35_footnotes() throws Exception {
        byte[] docx = DocxWriter.write(Seeds.DRAFT_2025.parse());
        Files.createDirectories(Path.of("target/docx"));
        Files.write(Path.of("target/docx/004.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.stream().filter(p -> DocxStyles.PREAMBULAR.equals(p.getStyle())).count())
                    .as("preambular paragraphs, with the 'The General Assembly,' line").isEqualTo(49 + 1);
            assertThat(ps.stream().filter(p -> DocxStyles.OPERATIVE.equals(p.getStyle())).count()).isEqualTo(38);
            assertThat(ps.stream().filter(p -> DocxStyles.SUB_PARAGRAPH.equals(p.getStyle())).count()).isEqualTo(6);
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(n -> n.getCTFtnEdn().getType() == null || n.getCTFtnEdn().getType() == STFtnEdn.NORMAL)
                    .toList();
            assertThat(notes).hasSize(35);
            assertThat(notes.get(4).getParagraphs().get(0).getText()).contains("United Nations, Treaty Series, vol. 2225");
            XWPFParagraph op1 = ps.stream().filter(p -> DocxStyles.OPERATIVE.equals(p.getStyle())).findFirst().orElseThrow();
            assertThat(op1.getRuns().get(1).isItalic()).as("opening phrase in italics").isTrue();
            assertThat(op1.getText()).startsWith("1.\t");
        }
    }

    @Test
    void a_word_file_reads_back_through_the_importer_with_the_same_text() {
        for (Seeds seed : Seeds.values()) {
            Document d = seed.parse();
            Document back = DocxReader.read(DocxWriter.write(d));
            assertThat(back.count(ParagraphKind.PREAMBULAR, 0)).isEqualTo(d.count(ParagraphKind.PREAMBULAR, 0));
            assertThat(back.count(ParagraphKind.OPERATIVE, 0)).isEqualTo(d.count(ParagraphKind.OPERATIVE, 0));
            assertThat(back.footnotes()).isEqualTo(d.footnotes());
            assertThat(back.metadata()).isEqualTo(d.metadata());
            for (int i = 0; i < d.paragraphs().size(); i++) {
                assertThat(back.paragraphs().get(i).fullText()).isEqualTo(d.paragraphs().get(i).fullText());
                assertThat(back.paragraphs().get(i).openingPhrase()).isEqualTo(d.paragraphs().get(i).openingPhrase());
                assertThat(back.paragraphs().get(i).footnoteRefs()).isEqualTo(d.paragraphs().get(i).footnoteRefs());
            }
        }
    }
}
