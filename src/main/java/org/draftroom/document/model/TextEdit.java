package org.draftroom.document.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One replacement of the range [start, end) of a text by {@code replacement}, and how positions
 * inside the old text move. Positions inside the replaced range stay inside the common prefix or
 * suffix of old and new text when they can (so "Convention,¹ as" → "Convention,¹ as well as" keeps
 * the marker after the comma); otherwise they go to an edit boundary — never lost.
 */
public record TextEdit(int start, int end, String replacement, String replaced) {

    /** Where a position inside a replaced range should go when it can't be kept in a common prefix/suffix. */
    public enum Bias {
        /** to the start of the replacement */
        START,
        /** to the end of the replacement */
        END
    }

    public static TextEdit of(String oldText, int start, int end, String replacement) {
        if (start < 0 || end < start || end > oldText.length()) {
            throw new IndexOutOfBoundsException(
                    "range [" + start + ", " + end + ") outside text of length " + oldText.length());
        }
        return new TextEdit(start, end, replacement == null ? "" : replacement, oldText.substring(start, end));
    }

    public String apply(String oldText) {
        return oldText.substring(0, start) + replacement + oldText.substring(end);
    }

    public int delta() {
        return replacement.length() - (end - start);
    }

    public int map(int pos, Bias bias) {
        if (pos <= start) {
            return pos;
        }
        if (pos >= end) {
            return pos + delta();
        }
        int prefix = commonPrefix();
        if (pos - start <= prefix) {
            return pos;
        }
        int suffix = commonSuffix(prefix);
        if (end - pos <= suffix) {
            return pos + delta();
        }
        return bias == Bias.START ? start : start + replacement.length();
    }

    public List<FootnoteRef> mapRefs(List<FootnoteRef> refs) {
        List<FootnoteRef> out = new ArrayList<>(refs.size());
        for (FootnoteRef r : refs) {
            out.add(new FootnoteRef(map(r.offset(), Bias.END), r.number()));
        }
        return out;
    }

    /** Emphasis shrinks away from replaced text it doesn't cover; spans that become empty are dropped. */
    public List<Emphasis> mapEmphasis(List<Emphasis> spans) {
        List<Emphasis> out = new ArrayList<>(spans.size());
        for (Emphasis e : spans) {
            int s = map(e.start(), Bias.END);
            int t = map(e.end(), Bias.START);
            if (e.start() < start && e.end() > end) {
                t = e.end() + delta(); // edit entirely inside the span: the span keeps covering it
            }
            if (t > s) {
                out.add(new Emphasis(s, t, e.style()));
            }
        }
        return out;
    }

    private int commonPrefix() {
        int n = Math.min(replaced.length(), replacement.length());
        int i = 0;
        while (i < n && replaced.charAt(i) == replacement.charAt(i)) {
            i++;
        }
        return i;
    }

    private int commonSuffix(int prefix) {
        int max = Math.min(replaced.length(), replacement.length()) - prefix;
        int i = 0;
        while (i < max && replaced.charAt(replaced.length() - 1 - i)
                == replacement.charAt(replacement.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
