package org.draftroom.document.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The paragraph styles of a UN draft in Word: Times New Roman 10 pt, preambular paragraphs with a first-line
 * indent, operative paragraphs and sub-paragraphs with their numbers hanging, the title in bold. Tests and
 * importers recognise paragraphs by these style ids.
 */
final class DocxStyles {

    static final String PREAMBULAR = "Preambular";
    static final String OPERATIVE = "Operative";
    static final String SUB_PARAGRAPH = "SubParagraph";
    static final String SUB_SUB_PARAGRAPH = "SubSubParagraph";
    static final String HEAD = "UNHead";
    static final String TITLE = "UNTitle";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String FONT = "Times New Roman";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(20));
        defaults.addNewLang().setVal("en-GB");
        paragraph(styles, "Normal", "Normal", 0, 0, 0, 120);
        paragraph(styles, HEAD, "UN head", 0, 0, 0, 0);
        CTStyle title = paragraph(styles, TITLE, "UN title", 1267, 0, 0, 240);
        title.addNewRPr().addNewB();
        title.getRPr().addNewSz().setVal(BigInteger.valueOf(24));
        paragraph(styles, PREAMBULAR, "Preambular paragraph", 1267, 634, 0, 120).getPPr().addNewJc().setVal(STJc.BOTH);
        paragraph(styles, OPERATIVE, "Operative paragraph", 1267, 634, 0, 120).getPPr().addNewJc().setVal(STJc.BOTH);
        paragraph(styles, SUB_PARAGRAPH, "Sub-paragraph", 1742, 634, 0, 120).getPPr().addNewJc().setVal(STJc.BOTH);
        paragraph(styles, SUB_SUB_PARAGRAPH, "Sub-sub-paragraph", 2218, 634, 0, 120).getPPr().addNewJc().setVal(STJc.BOTH);
        CTStyle note = paragraph(styles, FOOTNOTE_TEXT, "footnote text", 1267, 0, 0, 40);
        note.addNewRPr().addNewSz().setVal(BigInteger.valueOf(17));
        CTStyle ref = styles.addNewStyle();
        ref.setType(STStyleType.CHARACTER);
        ref.setStyleId(FOOTNOTE_REFERENCE);
        ref.addNewName().setVal("footnote reference");
        ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        doc.createStyles().setStyles(styles);
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, int left, int firstLine, int hanging,
            int after) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            s.addNewBasedOn().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(after));
        if (left > 0 || firstLine > 0 || hanging > 0) {
            CTInd ind = p.addNewInd();
            ind.setLeft(BigInteger.valueOf(left));
            if (firstLine > 0) {
                ind.setFirstLine(BigInteger.valueOf(firstLine));
            }
            if (hanging > 0) {
                ind.setHanging(BigInteger.valueOf(hanging));
            }
        }
        return s;
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }
}
