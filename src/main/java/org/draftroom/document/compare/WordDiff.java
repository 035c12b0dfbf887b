package org.draftroom.document.compare;

import java.util.ArrayList;
import java.util.List;

/** Word-level diff (longest common subsequence of tokens; punctuation marks are tokens of their own). */
public final class WordDiff {

    private WordDiff() {
    }

    public static List<DiffSegment> diff(String before, String after) {
        List<DiffSegment> out = new ArrayList<>();
        for (DiffSegment token : tokens(before, after)) {
            add(out, token.op(), token.text());
        }
        return out;
    }

    /**
     * The same diff one token per segment, unmerged: EQUAL and INSERT segments are the tokens of {@code after}
     * in order, DELETE segments the tokens of {@code before} (as {@link Tokens#withSpace} cuts them).
     */
    public static List<DiffSegment> tokens(String before, String after) {
        List<String> a = Tokens.withSpace(before);
        List<String> b = Tokens.withSpace(after);
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
            suffix++;
        }
        List<DiffSegment> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new DiffSegment(DiffOp.EQUAL, b.get(i)));
        }
        middle(a.subList(prefix, n - suffix), b.subList(prefix, m - suffix), out);
        for (int j = m - suffix; j < m; j++) {
            out.add(new DiffSegment(DiffOp.EQUAL, b.get(j)));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, List<DiffSegment> out) {
        int n = a.size();
        int m = b.size();
        String[] ka = new String[n];
        String[] kb = new String[m];
        for (int i = 0; i < n; i++) {
            ka[i] = a.get(i).strip();
        }
        for (int j = 0; j < m; j++) {
            kb[j] = b.get(j).strip();
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ka[i].equals(kb[j])) {
                out.add(new DiffSegment(DiffOp.EQUAL, b.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new DiffSegment(DiffOp.INSERT, b.get(j++)));
            } else {
                out.add(new DiffSegment(DiffOp.DELETE, a.get(i++)));
            }
        }
    }

    private static void add(List<DiffSegment> out, DiffOp op, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            DiffSegment last = out.remove(out.size() - 1);
            out.add(new DiffSegment(op, last.text() + token));
        } else {
            out.add(new DiffSegment(op, token));
        }
    }
}
