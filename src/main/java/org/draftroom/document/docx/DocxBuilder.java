package org.draftroom.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.VoteRecord;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.parse.SponsorList;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Lays out a UN document in Word: head block, "The General Assembly,", paragraphs with their styles, real
 * footnotes, the adoption lines and page numbers in the footer. Text runs are written by {@link DocxRuns}.
 */
final class DocxBuilder {

    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** 25 mm and 22 mm, 12.5 mm from the edge to the header and footer. */
    static final int MARGIN_TOP_BOTTOM = 1417;
    static final int MARGIN_LEFT_RIGHT = 1247;
    static final int HEADER_FOOTER = 709;

    final XWPFDocument doc = new XWPFDocument();
    private final XWPFFootnotes footnotes;

    DocxBuilder() {
        DocxStyles.install(doc);
        footnotes = doc.createFootnotes();
        separator(STFtnEdn.SEPARATOR, -1);
        separator(STFtnEdn.CONTINUATION_SEPARATOR, 0);
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFParagraph evenFooter = doc.createFooter(HeaderFooterType.EVEN).createParagraph();
        evenFooter.setAlignment(ParagraphAlignment.CENTER);
        evenFooter.getCTP().addNewFldSimple().setInstr("PAGE");
        page();
    }

    /** A4, the UN's margins (25 mm top and bottom, 22 mm left and right), a first page of its own. */
    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setRight(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER));
        section.addNewTitlePg();
    }

    /** The job number, with the language, at the foot of the first page ("21-19074 (E)"), where one is known. */
    void jobNumber(String jobNumber) {
        if (jobNumber == null) {
            return;
        }
        XWPFParagraph p = doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setText(jobNumber + " (E)");
    }

    /**
     * The symbol as the running head of every page after the first (right on odd pages, left on even ones, as
     * the UN prints it); the first page has none, its head block carries the symbol.
     */
    void runningHead(String symbol) {
        if (symbol == null) {
            return;
        }
        doc.setEvenAndOddHeadings(true);
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        headerLine(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), symbol, ParagraphAlignment.RIGHT);
        headerLine(doc.createHeader(HeaderFooterType.EVEN).createParagraph(), symbol, ParagraphAlignment.LEFT);
    }

    private static void headerLine(XWPFParagraph p, String symbol, ParagraphAlignment align) {
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(10);
        r.setText(symbol);
    }

    void head(DocumentMetadata m) {
        String symbol = m.effectiveSymbol();
        runningHead(symbol);
        if (symbol != null) {
            line(symbol, ParagraphAlignment.RIGHT, true, 14);
        }
        if (m.organ() != null) {
            line(m.organ(), ParagraphAlignment.LEFT, true, 16);
        }
        if (m.distribution() != null) {
            line("Distr.: " + m.distribution().printed(), ParagraphAlignment.RIGHT, false, 0);
        }
        if (m.date() != null) {
            line(UnDates.format(m.date()), ParagraphAlignment.RIGHT, false, 0);
        }
        if (m.originalLanguage() != null) {
            line("Original: " + m.originalLanguage(), ParagraphAlignment.RIGHT, false, 0);
        }
        if (m.session() != null && m.session() >= 1 && m.session() <= 99) {
            line(Ordinals.words(m.session()) + " session", ParagraphAlignment.LEFT, false, 0);
        }
        Adoption a = m.adoption();
        if (a == null && m.committee() != null) {
            line(m.committee(), ParagraphAlignment.LEFT, false, 0);
        }
        if (m.agendaItemNumber() != null) {
            line("Agenda item " + m.agendaItemNumber(), ParagraphAlignment.LEFT, false, 0);
        }
        if (m.agendaItemTitle() != null) {
            line(m.agendaItemTitle(), ParagraphAlignment.LEFT, true, 0);
        }
        if (a != null) {
            if (a.adoptionDate() != null) {
                line("Resolution adopted by the General Assembly on " + UnDates.format(a.adoptionDate()),
                        ParagraphAlignment.LEFT, true, 12);
            }
            if (a.reportSymbol() != null) {
                String para = a.reportParagraph() == null ? "" : ", para. " + a.reportParagraph();
                line("[on the report of the " + (m.committee() == null ? "Committee" : m.committee()) + " ("
                        + a.reportSymbol() + para + ")]", ParagraphAlignment.LEFT, false, 0);
            }
        } else if (!m.mainSponsors().isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.TITLE);
            XWPFRun r = p.createRun();
            r.setBold(false);
            r.setFontSize(10);
            r.setText(SponsorList.format(m.mainSponsors()) + ": draft resolution");
        }
        if (m.title() != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.TITLE);
            String number = a == null || a.resolutionNumber() == null ? "" : a.resolutionNumber() + ". ";
            p.createRun().setText(number + m.title());
        }
        XWPFParagraph formula = doc.createParagraph();
        formula.setStyle(DocxStyles.PREAMBULAR);
        XWPFRun ga = formula.createRun();
        ga.setItalic(true);
        ga.setText("The General Assembly");
        formula.createRun().setText(",");
    }

    /** An empty paragraph with the style for the paragraph's kind and depth. */
    XWPFParagraph paragraph(Paragraph p) {
        XWPFParagraph out = doc.createParagraph();
        out.setStyle(switch (p.depth()) {
            case 0 -> p.kind() == ParagraphKind.PREAMBULAR ? DocxStyles.PREAMBULAR : DocxStyles.OPERATIVE;
            case 1 -> DocxStyles.SUB_PARAGRAPH;
            default -> DocxStyles.SUB_SUB_PARAGRAPH;
        });
        return out;
    }

    /** A new Word footnote with the footnote's text; returns its id for the reference. */
    BigInteger footnote(Footnote f) {
        XWPFFootnote note = footnotes.createFootnote();
        XWPFParagraph p = note.createParagraph();
        p.setStyle(DocxStyles.FOOTNOTE_TEXT);
        // POI's footnote paragraph may already open with the footnote's number mark: one mark per footnote
        boolean marked = p.getCTP().getRList().stream().anyMatch(r -> !r.getFootnoteRefList().isEmpty());
        if (!marked) {
            XWPFRun mark = p.createRun();
            mark.getCTR().addNewRPr().addNewRStyle().setVal(DocxStyles.FOOTNOTE_REFERENCE);
            mark.getCTR().addNewFootnoteRef();
        }
        p.createRun().setText(" ");
        DocxRuns.normal(p, f.text(), 0, f.text().length(), f.emphasis(), List.of(), null);
        return note.getId();
    }

    void conclusions(DocumentMetadata m) {
        Adoption a = m.adoption();
        if (a == null || a.plenaryMeeting() == null) {
            return;
        }
        line(a.plenaryMeeting(), ParagraphAlignment.RIGHT, false, 0);
        if (a.adoptionDate() != null) {
            line(UnDates.format(a.adoptionDate()), ParagraphAlignment.RIGHT, false, 0);
        }
    }

    /**
     * The record of the votes: a heading, then per decision "50th meeting, 18 November 2025: the amendment
     * A/C.3/80/L.61, proposed by Egypt, on behalf of the Group of African States, adopted by a recorded vote of 2 to
     * 0, with 1 abstention." and, for a recorded vote, the three lists ("In favour: Egypt, Mexico.").
     */
    void votes(List<VoteRecord> votes) {
        if (votes.isEmpty()) {
            return;
        }
        line("Record of the votes", ParagraphAlignment.LEFT, true, 0);
        for (VoteRecord v : votes) {
            List<String> when = new java.util.ArrayList<>();
            if (v.meeting() != null) {
                when.add(v.meeting());
            }
            if (v.date() != null) {
                when.add(UnDates.format(v.date()));
            }
            String what = v.described();
            String body = (when.isEmpty() ? "" : String.join(", ", when) + ": ")
                    + (when.isEmpty() ? Character.toUpperCase(what.charAt(0)) + what.substring(1) : what) + ", " + v.outcome() + ".";
            text(body, false);
            if (v.recorded()) {
                list("In favour:", v.inFavour());
                list("Against:", v.against());
                list("Abstaining:", v.abstaining());
            }
        }
    }

    private void list(String heading, List<String> names) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.HEAD);
        XWPFRun h = p.createRun();
        h.setItalic(true);
        h.setText(heading);
        XWPFRun r = p.createRun();
        r.setText(" " + VoteRecord.printed(names) + ".");
    }

    private void text(String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.HEAD);
        XWPFRun r = p.createRun();
        r.setItalic(italic);
        r.setText(text);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String text, ParagraphAlignment align, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.HEAD);
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        if (size > 0) {
            r.setFontSize(size);
        }
        r.setText(text);
    }

    private void separator(STFtnEdn.Enum type, int id) {
        CTFtnEdn sep = footnotes.createFootnote().getCTFtnEdn();
        sep.setType(type);
        sep.setId(BigInteger.valueOf(id));
        var r = sep.addNewP().addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
    }
}
