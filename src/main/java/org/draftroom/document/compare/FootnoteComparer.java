package org.draftroom.document.compare;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnotes added, changed, removed or renumbered between two versions. A footnote is the same
 * footnote when its text is the same (under its own number first, else under another: RENUMBERED);
 * of the rest, a footnote whose marker stands in the same paragraph after the same word is one
 * footnote whose text CHANGED; what is left was REMOVED or ADDED. Unchanged footnotes are not listed.
 */
public final class FootnoteComparer {
    private FootnoteComparer() {
    }

    /** Where a footnote is cited first: the paragraph's id and label, and the word its marker follows. */
    private record Citation(String paragraphId, String label, String word) {
        boolean samePlace(Citation other) {
            return other != null && paragraphId.equals(other.paragraphId) && word.equals(other.word);
        }
    }

    public static List<FootnoteDifference> compare(Document before, Document after) {
        Map<Integer, Citation> citedBefore = citations(before);
        Map<Integer, Citation> citedAfter = citations(after);
        List<Footnote> left = new ArrayList<>(before.footnotes());
        List<Footnote> right = new ArrayList<>(after.footnotes());
        List<FootnoteDifference> out = new ArrayList<>();

        for (Footnote b : List.copyOf(right)) {
            Footnote same = left.stream().filter(a -> a.number() == b.number() && a.text().equals(b.text())).findFirst().orElse(null);
            if (same != null) {
                left.remove(same);
                right.remove(b);
            }
        }
        for (Footnote b : List.copyOf(right)) {
            Footnote same = left.stream().filter(a -> a.text().equals(b.text())).findFirst().orElse(null);
            if (same != null) {
                left.remove(same);
                right.remove(b);
                out.add(difference(FootnoteDifference.Type.RENUMBERED, same, b, citedBefore, citedAfter));
            }
        }
        for (Footnote b : List.copyOf(right)) {
            Citation where = citedAfter.get(b.number());
            Footnote same = where == null ? null : left.stream()
                    .filter(a -> where.samePlace(citedBefore.get(a.number())))
                    .findFirst().orElse(null);
            if (same != null) {
                left.remove(same);
                right.remove(b);
                out.add(difference(FootnoteDifference.Type.CHANGED, same, b, citedBefore, citedAfter));
            }
        }
        left.forEach(a -> out.add(difference(FootnoteDifference.Type.REMOVED, a, null, citedBefore, citedAfter)));
        right.forEach(b -> out.add(difference(FootnoteDifference.Type.ADDED, null, b, citedBefore, citedAfter)));
        out.sort(Comparator.comparing((FootnoteDifference d) -> d.afterNumber() == null ? Integer.MAX_VALUE : d.afterNumber())
                .thenComparing(d -> d.beforeNumber() == null ? Integer.MAX_VALUE : d.beforeNumber()));
        return List.copyOf(out);
    }

    private static FootnoteDifference difference(FootnoteDifference.Type type, Footnote a, Footnote b,
                                                 Map<Integer, Citation> citedBefore, Map<Integer, Citation> citedAfter) {
        Citation where = b != null && citedAfter.containsKey(b.number()) ? citedAfter.get(b.number())
                : a != null ? citedBefore.get(a.number()) : null;
        return new FootnoteDifference(type, a == null ? null : a.number(), b == null ? null : b.number(),
                where == null ? null : where.label(), where == null ? null : where.paragraphId(),
                a == null ? null : a.text(), b == null ? null : b.text());
    }

    /** The word a marker at {@code offset} follows, punctuation included ("Development,"); empty at the start. */
    private static String wordBefore(String text, int offset) {
        int end = Math.min(offset, text.length());
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static Map<Integer, Citation> citations(Document d) {
        Map<Integer, Citation> cited = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Paragraph p : d.paragraphs()) {
            for (FootnoteRef r : p.footnoteRefs()) {
                cited.computeIfAbsent(r.number(), n -> new Citation(p.id().value(),
                        labels.computeIfAbsent(p.id().value(), id -> d.labelOf(p.id())), wordBefore(p.text(), r.offset())));
            }
        }
        return cited;
    }
}
