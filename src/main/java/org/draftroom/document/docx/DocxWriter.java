package org.draftroom.document.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.VoteRecord;
import org.draftroom.document.model.ParagraphKind;

/**
 * Exports a document version as a Word file laid out as the UN prints a draft: head block, sponsors line,
 * title, "The General Assembly,", preambular paragraphs with italic opening phrases, numbered operative
 * paragraphs and sub-paragraphs, and footnotes as real Word footnotes.
 */
public final class DocxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxWriter() {
    }

    public static byte[] write(Document d) {
        return write(d, List.of());
    }

    /**
     * The version, followed by the record of the votes taken on it (as a Committee's report lists them: what
     * was voted on and who proposed it, the outcome, then "In favour:", "Against:", "Abstaining:" with the States).
     */
    public static byte[] write(Document d, List<VoteRecord> votes) {
        return write(d, votes, null);
    }

    /**
     * With the job number the document was issued under ("21-19074"), printed as the UN prints it in the footer of
     * the first page ("21-19074 (E)"); none when null.
     */
    public static byte[] write(Document d, List<VoteRecord> votes, String jobNumber) {
        DocxBuilder b = new DocxBuilder();
        b.jobNumber(jobNumber);
        b.head(d.metadata());
        List<String> labels = d.labels();
        var footnoteIds = footnotes(b, d);
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            XWPFParagraph out = b.paragraph(p);
            String number = printedNumber(p, labels.get(i));
            if (number != null) {
                XWPFRun r = out.createRun();
                r.setText(number);
                r.addTab();
            }
            Styled s = Styled.of(p);
            DocxRuns.normal(out, s.full(), 0, s.full().length(), s.emphasis(), s.refs(), footnoteIds);
        }
        b.conclusions(d.metadata());
        b.votes(votes);
        return b.bytes();
    }

    /** "4." for an operative paragraph, "(a)" for a sub-paragraph, null for a preambular paragraph. */
    static String printedNumber(Paragraph p, String label) {
        if (p.depth() == 0 && p.kind() == ParagraphKind.PREAMBULAR) {
            return null;
        }
        String n = Labeller.printedNumber(label, p);
        return p.depth() == 0 ? n + "." : n;
    }

    /**
     * Footnote ids for numbers: the first marker of a footnote creates the Word footnote; later markers of the
     * same footnote (and markers of missing footnotes) get null and are printed as a superscript number.
     */
    static java.util.function.IntFunction<BigInteger> footnotes(DocxBuilder b, Document d) {
        java.util.Set<Integer> written = new java.util.HashSet<>();
        return n -> {
            Footnote f = d.footnote(n).orElse(null);
            return f == null || !written.add(n) ? null : b.footnote(f);
        };
    }

    /** A paragraph's full text (opening phrase included) with its italics and markers in that text's coordinates. */
    record Styled(String full, List<Emphasis> emphasis, List<FootnoteRef> refs) {
        static Styled of(Paragraph p) {
            int shift = p.textOffset();
            List<Emphasis> em = new ArrayList<>();
            if (!p.openingPhrase().isEmpty()) {
                em.add(Emphasis.italic(0, p.openingPhrase().length()));
            }
            p.emphasis().forEach(e -> em.add(e.shifted(shift)));
            List<FootnoteRef> refs = p.footnoteRefs().stream().map(r -> r.shifted(shift)).toList();
            return new Styled(p.fullText(), em, refs);
        }
    }
}
