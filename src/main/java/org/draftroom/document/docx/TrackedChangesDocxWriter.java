package org.draftroom.document.docx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DiffSegment;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.compare.ParagraphChange;
import org.draftroom.document.docx.DocxRuns.Mode;
import org.draftroom.document.docx.DocxRuns.Revision;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;

/**
 * The difference between two versions as a Word file with real tracked changes: inserted words in
 * {@code w:ins}, deleted words in {@code w:del}, whole inserted or deleted paragraphs with their paragraph
 * marks tracked too, all attributed to one author (the delegation proposing the change). Word and
 * LibreOffice show them as changes that can be accepted or rejected.
 *
 * <pre>{@code
 * byte[] docx = TrackedChangesDocxWriter.write(before, after, "Russian Federation", Instant.now());
 * }</pre>
 */
public final class TrackedChangesDocxWriter {

    private TrackedChangesDocxWriter() {
    }

    /** {@code after} is a later version of {@code before} (or the text as it would read with amendments). */
    public static byte[] write(Document before, Document after, String author, Instant when) {
        return write(DocumentComparer.compareVersions(before, after), before, after, author, when);
    }

    /** A comparison of {@code before} and {@code after} (paragraph ids in its rows refer to them). */
    public static byte[] write(Comparison c, Document before, Document after, String author, Instant when) {
        Objects.requireNonNull(author, "author");
        Revision rev = new Revision(author, GregorianCalendar.from(
                (when == null ? Instant.EPOCH : when).atZone(ZoneOffset.UTC)));
        DocxBuilder b = new DocxBuilder();
        b.head(after.metadata());
        var footnoteIds = DocxWriter.footnotes(b, after);
        for (ParagraphChange row : c.changes()) {
            Paragraph pa = row.afterId() == null ? null : after.paragraph(row.afterId()).orElse(null);
            Paragraph pb = row.beforeId() == null ? null : before.paragraph(row.beforeId()).orElse(null);
            if (pa == null && pb == null) {
                continue;
            }
            XWPFParagraph out = b.paragraph(pa != null ? pa : pb);
            if (pa == null || pb == null) {
                CTParaRPr mark = out.getCTP().getPPr().addNewRPr();
                rev.stamp(pa == null ? mark.addNewDel() : mark.addNewIns());
            }
            number(out, rev, pb == null ? null : DocxWriter.printedNumber(pb, row.beforeLabel()),
                    pa == null ? null : DocxWriter.printedNumber(pa, row.afterLabel()));
            segments(out, rev, row.segments(), pa, pb, footnoteIds);
        }
        b.conclusions(after.metadata());
        return b.bytes();
    }

    private static void number(XWPFParagraph out, Revision rev, String before, String after) {
        if (before == null && after == null) {
            return;
        }
        if (Objects.equals(before, after)) {
            out.createRun().setText(after);
        } else {
            if (before != null) {
                DocxRuns.write(out, Mode.DELETED, rev, before, 0, before.length(), List.of(), List.of(), null);
            }
            if (after != null) {
                DocxRuns.write(out, Mode.INSERTED, rev, after, 0, after.length(), List.of(), List.of(), null);
            }
        }
        out.createRun().addTab();
    }

    private static void segments(XWPFParagraph out, Revision rev, List<DiffSegment> segments, Paragraph pa,
            Paragraph pb, java.util.function.IntFunction<java.math.BigInteger> footnoteIds) {
        DocxWriter.Styled a = pa == null ? null : DocxWriter.Styled.of(pa);
        DocxWriter.Styled b = pb == null ? null : DocxWriter.Styled.of(pb);
        int posA = 0;
        int posB = 0;
        for (DiffSegment s : segments) {
            int len = s.text().length();
            switch (s.op()) {
                case EQUAL, INSERT -> {
                    Mode mode = s.op() == org.draftroom.document.compare.DiffOp.EQUAL ? Mode.NORMAL : Mode.INSERTED;
                    if (a != null && posA + len <= a.full().length()) {
                        DocxRuns.write(out, mode, rev, a.full(), posA, posA + len, a.emphasis(), a.refs(), footnoteIds);
                    } else {
                        DocxRuns.write(out, mode, rev, s.text(), 0, len, List.of(), List.of(), null);
                    }
                    posA += len;
                    posB += s.op() == org.draftroom.document.compare.DiffOp.EQUAL ? len : 0;
                }
                case DELETE -> {
                    List<Emphasis> em = b == null ? List.of() : shiftedInto(b.emphasis(), posB, len);
                    DocxRuns.write(out, Mode.DELETED, rev, s.text(), 0, len, em, List.of(), null);
                    posB += len;
                }
                default -> throw new IllegalStateException("unknown diff op " + s.op());
            }
        }
    }

    /** The spans that fall in [from, from+len) of the earlier text, relative to from (italics of deleted words). */
    private static List<Emphasis> shiftedInto(List<Emphasis> spans, int from, int len) {
        List<Emphasis> out = new ArrayList<>();
        for (Emphasis e : spans) {
            int s = Math.max(0, e.start() - from);
            int t = Math.min(len, e.end() - from);
            if (t > s) {
                out.add(new Emphasis(s, t, e.style()));
            }
        }
        return out;
    }
}
