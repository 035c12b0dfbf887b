package org.draftroom.document.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;

/**
 * Compares two documents paragraph by paragraph, with a word diff inside each paired paragraph.
 *
 * <ul>
 *   <li>{@link #compareVersions} — two versions of one document, paired by paragraph id; paragraphs whose
 *       order relative to the others changed are MOVED.</li>
 *   <li>{@link #compareDocuments} — two different documents (e.g. last year's resolution and this year's
 *       draft), paired by word similarity ({@link ContentAligner}).</li>
 * </ul>
 */
public final class DocumentComparer {

    /** Paragraphs sharing less than this share of words are not paired by {@link #compareDocuments}. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private DocumentComparer() {
    }

    public static Comparison compareVersions(Document before, Document after) {
        List<Paragraph> a = before.paragraphs();
        List<Paragraph> b = after.paragraphs();
        Map<ParagraphId, Integer> indexInB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            indexInB.put(b.get(j).id(), j);
        }
        int[] partner = new int[a.size()];
        for (int i = 0; i < a.size(); i++) {
            partner[i] = indexInB.getOrDefault(a.get(i).id(), -1);
        }
        return build(AlignmentMode.IDENTITY, before, after, partner, movedByLongestIncreasingRun(partner));
    }

    public static Comparison compareDocuments(Document before, Document after) {
        return compareDocuments(before, after, DEFAULT_THRESHOLD);
    }

    public static Comparison compareDocuments(Document before, Document after, double threshold) {
        ContentAligner.Alignment al = ContentAligner.align(before.paragraphs(), after.paragraphs(), threshold);
        return build(AlignmentMode.CONTENT, before, after, al.partnerOfA(), al.movedA());
    }

    /** Pairs not on the longest run of increasing positions in the later version have moved. */
    private static boolean[] movedByLongestIncreasingRun(int[] partner) {
        int n = partner.length;
        int[] tailIndex = new int[n + 1];
        int[] prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            if (partner[i] < 0) {
                continue;
            }
            int lo = 1;
            int hi = len;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (partner[tailIndex[mid]] < partner[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            prev[i] = lo > 1 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            len = Math.max(len, lo);
        }
        boolean[] moved = new boolean[n];
        for (int i = 0; i < n; i++) {
            moved[i] = partner[i] >= 0;
        }
        int k = len > 0 ? tailIndex[len] : -1;
        while (k >= 0) {
            moved[k] = false;
            k = prev[k];
        }
        return moved;
    }

    private static Comparison build(AlignmentMode mode, Document before, Document after, int[] partner,
            boolean[] moved) {
        List<Paragraph> a = before.paragraphs();
        List<Paragraph> b = after.paragraphs();
        List<String> labelsA = before.labels();
        List<String> labelsB = after.labels();
        int[] partnerOfB = new int[b.size()];
        Arrays.fill(partnerOfB, -1);
        for (int i = 0; i < a.size(); i++) {
            if (partner[i] >= 0) {
                partnerOfB[partner[i]] = i;
            }
        }
        List<ParagraphChange> rows = new ArrayList<>();
        int nextDeleted = 0;
        for (int j = 0; j < b.size(); j++) {
            int i = partnerOfB[j];
            if (i >= 0 && !moved[i]) {
                for (; nextDeleted < i; nextDeleted++) {
                    if (partner[nextDeleted] < 0) {
                        rows.add(deleted(a.get(nextDeleted), labelsA.get(nextDeleted)));
                    }
                }
                nextDeleted = Math.max(nextDeleted, i + 1);
                rows.add(paired(a.get(i), labelsA.get(i), b.get(j), labelsB.get(j), false));
            } else if (i >= 0) {
                rows.add(paired(a.get(i), labelsA.get(i), b.get(j), labelsB.get(j), true));
            } else {
                Paragraph p = b.get(j);
                rows.add(new ParagraphChange(ChangeType.INSERTED, null, null, p.id(), labelsB.get(j), 0.0,
                        List.of(new DiffSegment(DiffOp.INSERT, p.fullText()))));
            }
        }
        for (; nextDeleted < a.size(); nextDeleted++) {
            if (partner[nextDeleted] < 0) {
                rows.add(deleted(a.get(nextDeleted), labelsA.get(nextDeleted)));
            }
        }
        return new Comparison(mode, rows, FootnoteComparer.compare(before, after));
    }

    private static ParagraphChange deleted(Paragraph p, String label) {
        return new ParagraphChange(ChangeType.DELETED, p.id(), label, null, null, 0.0,
                List.of(new DiffSegment(DiffOp.DELETE, p.fullText())));
    }

    private static ParagraphChange paired(Paragraph x, String labelX, Paragraph y, String labelY, boolean moved) {
        String tx = x.fullText();
        String ty = y.fullText();
        boolean same = tx.equals(ty);
        List<DiffSegment> segments = same ? List.of(new DiffSegment(DiffOp.EQUAL, ty)) : WordDiff.diff(tx, ty);
        ChangeType type = moved ? ChangeType.MOVED : same ? ChangeType.UNCHANGED : ChangeType.CHANGED;
        double similarity = same ? 1.0 : Similarity.of(tx, ty);
        return new ParagraphChange(type, x.id(), labelX, y.id(), labelY, similarity, segments);
    }
}
