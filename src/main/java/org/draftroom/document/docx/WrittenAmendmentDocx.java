package org.draftroom.document.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.print.WrittenAmendment;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/**
 * A written amendment as a Word file laid out as the UN issues one: head block, "States: amendment to draft
 * resolution …", the draft's title, then each paragraph's heading (italic) and its instructions.
 */
public final class WrittenAmendmentDocx {

    private WrittenAmendmentDocx() {
    }

    public static byte[] write(WrittenAmendment a) {
        DocumentMetadata m = a.draft();
        DocxBuilder b = new DocxBuilder();
        String symbol = a.symbol() != null ? a.symbol() : a.reference();
        b.runningHead(symbol);
        b.line(symbol, ParagraphAlignment.RIGHT, true, 14);
        b.line(m.organ() != null ? m.organ() : "General Assembly", ParagraphAlignment.LEFT, true, 16);
        b.line("Distr.: Limited", ParagraphAlignment.RIGHT, false, 0);
        if (a.date() != null) {
            b.line(UnDates.format(a.date()), ParagraphAlignment.RIGHT, false, 0);
        }
        b.line("Original: English", ParagraphAlignment.RIGHT, false, 0);
        if (m.session() != null && m.session() >= 1 && m.session() <= 99) {
            b.line(Ordinals.words(m.session()) + " session", ParagraphAlignment.LEFT, false, 0);
        }
        if (m.committee() != null) {
            b.line(m.committee(), ParagraphAlignment.LEFT, false, 0);
        }
        if (m.agendaItemNumber() != null) {
            b.line("Agenda item " + m.agendaItemNumber(), ParagraphAlignment.LEFT, false, 0);
        }
        if (m.agendaItemTitle() != null) {
            b.line(m.agendaItemTitle(), ParagraphAlignment.LEFT, true, 0);
        }
        XWPFParagraph sponsors = b.doc.createParagraph();
        sponsors.setStyle(DocxStyles.TITLE);
        var r = sponsors.createRun();
        r.setBold(false);
        r.setFontSize(10);
        r.setText(a.heading());
        if (m.title() != null) {
            XWPFParagraph title = b.doc.createParagraph();
            title.setStyle(DocxStyles.TITLE);
            title.createRun().setText(m.title());
        }
        for (WrittenAmendment.Instruction i : a.instructions()) {
            XWPFParagraph heading = b.doc.createParagraph();
            heading.setStyle(DocxStyles.PREAMBULAR);
            var h = heading.createRun();
            h.setItalic(true);
            h.setText(i.paragraph());
            for (String action : i.actions()) {
                XWPFParagraph p = b.doc.createParagraph();
                p.setStyle(DocxStyles.PREAMBULAR);
                p.createRun().setText(action);
            }
        }
        return b.bytes();
    }
}
