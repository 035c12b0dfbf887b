package org.draftroom.document.docx;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.FootnoteRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes a range of a text as Word runs: cut at emphasis boundaries and footnote markers, italic/bold as
 * covered, a footnote reference run at each marker. Runs go straight into the paragraph, or into a
 * {@code w:ins} / {@code w:del} tracked change attributed to an author.
 */
final class DocxRuns {

    /** Who made a tracked change and when; ids must be unique in the document, so revisions of one document share them. */
    static final class Revision {
        private final String author;
        private final Calendar date;
        private final int[] nextId;

        Revision(String author, Calendar date) {
            this(author, date, new int[] {1000});
        }

        private Revision(String author, Calendar date, int[] nextId) {
            this.author = author;
            this.date = date;
            this.nextId = nextId;
        }

        /** Another author's changes in the same document. */
        Revision by(String otherAuthor, Calendar otherDate) {
            return new Revision(otherAuthor, otherDate, nextId);
        }

        BigInteger nextId() {
            return BigInteger.valueOf(nextId[0]++);
        }

        void stamp(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange change) {
            change.setId(nextId());
            change.setAuthor(author);
            change.setDate(date);
        }
    }

    enum Mode { NORMAL, INSERTED, DELETED }

    private DocxRuns() {
    }

    static void normal(XWPFParagraph p, String full, int from, int to, List<Emphasis> emphasis, List<FootnoteRef> refs,
            IntFunction<BigInteger> footnoteIds) {
        write(p, Mode.NORMAL, null, full, from, to, emphasis, refs, footnoteIds);
    }

    /**
     * @param emphasis    spans in {@code full}'s coordinates
     * @param refs        markers in {@code full}'s coordinates; one at position {@code pos} is written after the
     *                    character before it, so with the range that ends there
     * @param footnoteIds the Word footnote id for a footnote number (creating the footnote), or null for none
     */
    static void write(XWPFParagraph p, Mode mode, Revision rev, String full, int from, int to, List<Emphasis> emphasis,
            List<FootnoteRef> refs, IntFunction<BigInteger> footnoteIds) {
        if (to <= from && !(from == 0 && to == 0)) {
            return;
        }
        CTRunTrackChange change = null;
        if (mode == Mode.INSERTED) {
            change = p.getCTP().addNewIns();
            rev.stamp(change);
        } else if (mode == Mode.DELETED) {
            change = p.getCTP().addNewDel();
            rev.stamp(change);
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Emphasis e : emphasis) {
            if (e.start() > from && e.start() < to) {
                cuts.add(e.start());
            }
            if (e.end() > from && e.end() < to) {
                cuts.add(e.end());
            }
        }
        for (FootnoteRef r : refs) {
            if (r.offset() > from && r.offset() < to) {
                cuts.add(r.offset());
            }
        }
        if (from == 0) {
            markers(p, change, refs, 0, footnoteIds, mode);
        }
        int prev = from;
        for (int pos : cuts.tailSet(from, false)) {
            XWPFRun run = run(p, change);
            if (covered(emphasis, prev, pos, EmphasisStyle.ITALIC)) {
                run.setItalic(true);
            }
            if (covered(emphasis, prev, pos, EmphasisStyle.BOLD)) {
                run.setBold(true);
            }
            text(run, full.substring(prev, pos), mode == Mode.DELETED);
            markers(p, change, refs, pos, footnoteIds, mode);
            prev = pos;
        }
    }

    private static void markers(XWPFParagraph p, CTRunTrackChange change, List<FootnoteRef> refs, int pos,
            IntFunction<BigInteger> footnoteIds, Mode mode) {
        if (footnoteIds == null || mode == Mode.DELETED) {
            return;
        }
        for (FootnoteRef r : refs) {
            if (r.offset() == pos) {
                BigInteger id = footnoteIds.apply(r.number());
                XWPFRun run = run(p, change);
                CTR ctr = run.getCTR();
                ctr.addNewRPr().addNewRStyle().setVal(DocxStyles.FOOTNOTE_REFERENCE);
                if (id != null) {
                    ctr.addNewFootnoteReference().setId(id);
                } else {
                    // a second marker of one footnote: Word can't point twice at a footnote, so print its number
                    run.setText(String.valueOf(r.number()));
                }
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, CTRunTrackChange change) {
        if (change == null) {
            return p.createRun();
        }
        return new XWPFRun(change.addNewR(), p);
    }

    private static void text(XWPFRun run, String s, boolean deleted) {
        if (!deleted) {
            run.setText(s);
            return;
        }
        CTText t = run.getCTR().addNewDelText();
        t.setStringValue(s);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static boolean covered(List<Emphasis> spans, int from, int to, EmphasisStyle style) {
        return spans.stream().anyMatch(e -> e.style() == style && e.start() <= from && e.end() >= to);
    }
}
