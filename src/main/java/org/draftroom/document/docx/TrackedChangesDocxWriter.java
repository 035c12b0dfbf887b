package org.draftroom.document.docx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftroom.document.compare.AttributedComparison;
import org.draftroom.document.compare.AttributionStep;
import org.draftroom.document.compare.ChangeAttribution;
import org.draftroom.document.compare.ChangeSource;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DiffSegment;
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
 * marks tracked too. Each change carries as author and date the source that made it ({@link ChangeSource}:
 * the State whose amendment was accepted, the Secretariat, a text orally revised), as an
 * {@link AttributedComparison} gives them; a paragraph number that changed only because others were
 * inserted or deleted is renumbered by the Secretariat. Word and LibreOffice show them as changes that
 * can be accepted or rejected, with their authors.
 *
 * <pre>{@code
 * byte[] docx = TrackedChangesDocxWriter.write(ChangeAttribution.attribute(v1, steps, secretariat), v1, v3);
 * }</pre>
 */
public final class TrackedChangesDocxWriter {

    private TrackedChangesDocxWriter() {
    }

    /** {@code after} is a later version of {@code before}, every change made by one {@code author}. */
    public static byte[] write(Document before, Document after, String author, Instant when) {
        ChangeSource source = ChangeSource.of(author, when == null ? Instant.EPOCH : when);
        return write(ChangeAttribution.attribute(before, List.of(new AttributionStep(source, after)), source), before, after);
    }

    /** The attributed comparison of {@code before} and {@code after} (paragraph ids in its rows refer to them). */
    public static byte[] write(AttributedComparison attributed, Document before, Document after) {
        Comparison c = attributed.comparison();
        Revision base = new Revision(ChangeSource.SECRETARIAT, calendar(Instant.EPOCH));
        Map<ChangeSource, Revision> revisions = new HashMap<>();
        java.util.function.Function<ChangeSource, Revision> revision = s -> s == null ? base
                : revisions.computeIfAbsent(s, k -> base.by(k.author(), calendar(k.date())));
        DocxBuilder b = new DocxBuilder();
        b.head(after.metadata());
        var footnoteIds = DocxWriter.footnotes(b, after);
        for (int r = 0; r < c.changes().size(); r++) {
            ParagraphChange row = c.changes().get(r);
            Paragraph pa = row.afterId() == null ? null : after.paragraph(row.afterId()).orElse(null);
            Paragraph pb = row.beforeId() == null ? null : before.paragraph(row.beforeId()).orElse(null);
            if (pa == null && pb == null) {
                continue;
            }
            XWPFParagraph out = b.paragraph(pa != null ? pa : pb);
            ChangeSource whole = attributed.paragraphSources().get(r);
            if (pa == null || pb == null) {
                CTParaRPr mark = out.getCTP().getPPr().addNewRPr();
                Revision rev = revision.apply(whole);
                rev.stamp(pa == null ? mark.addNewDel() : mark.addNewIns());
            }
            Revision numbering = whole != null ? revision.apply(whole)
                    : revisions.computeIfAbsent(renumbering(attributed), k -> base.by(k.author(), calendar(k.date())));
            number(out, numbering, pb == null ? null : DocxWriter.printedNumber(pb, row.beforeLabel()),
                    pa == null ? null : DocxWriter.printedNumber(pa, row.afterLabel()));
            List<Revision> bySegment = attributed.sources().get(r).stream().map(revision).toList();
            segments(out, bySegment, row.segments(), pa, pb, footnoteIds);
        }
        b.conclusions(after.metadata());
        return b.bytes();
    }

    /** Paragraphs renumbered because others came or went: the Secretariat, as of the latest change. */
    private static ChangeSource renumbering(AttributedComparison attributed) {
        Instant latest = attributed.legend().stream().map(ChangeSource::date).max(Instant::compareTo).orElse(Instant.EPOCH);
        return ChangeSource.of(ChangeSource.SECRETARIAT, latest);
    }

    private static GregorianCalendar calendar(Instant when) {
        return GregorianCalendar.from(when.atZone(ZoneOffset.UTC));
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

    private static void segments(XWPFParagraph out, List<Revision> revisions, List<DiffSegment> segments, Paragraph pa,
            Paragraph pb, java.util.function.IntFunction<java.math.BigInteger> footnoteIds) {
        DocxWriter.Styled a = pa == null ? null : DocxWriter.Styled.of(pa);
        DocxWriter.Styled b = pb == null ? null : DocxWriter.Styled.of(pb);
        int posA = 0;
        int posB = 0;
        for (int k = 0; k < segments.size(); k++) {
            DiffSegment s = segments.get(k);
            Revision rev = revisions.get(k);
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
