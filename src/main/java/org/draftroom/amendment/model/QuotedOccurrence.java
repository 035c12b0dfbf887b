package org.draftroom.amendment.model;

import org.draftroom.document.model.TextSearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Whether "the second 'and'" of a paragraph still means the same words after the paragraph was
 * changed elsewhere. The two texts are aligned word by word (longest common subsequence, after the
 * common beginning and end); the quoted occurrence stays put when every one of its words is kept,
 * side by side, and the occurrence with the same number in the new text is those very words.
 * Otherwise — the words changed, or an earlier copy of them was removed while a later one was
 * added — the amendment would touch other words, and it is not carried over.
 */
public final class QuotedOccurrence {
    /** Beyond this many word pairs to compare, the change is too large to follow: not carried over. */
    private static final long MOST_CELLS = 4_000_000;

    private QuotedOccurrence() {
    }

    public static boolean staysPut(String before, String after, String quote, int occurrence) {
        OptionalInt at = TextSearch.find(before, quote, occurrence, false);
        OptionalInt now = TextSearch.find(after, quote, occurrence, false);
        if (at.isEmpty() || now.isEmpty()) {
            return false;
        }
        if (before.equals(after)) {
            return true;
        }
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        int[] match = align(a, b);
        if (match == null) {
            return false;
        }
        int start = at.getAsInt();
        int end = start + quote.length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).end() > start && a.get(i).start() < end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return false; // a quote of spaces only: nothing to follow
        }
        for (int i = first; i <= last; i++) {
            if (match[i] < 0 || (i > first && match[i] != match[i - 1] + 1)) {
                return false;
            }
        }
        int movedStart = b.get(match[first]).start() + (start - a.get(first).start());
        return movedStart == now.getAsInt();
    }

    private record Token(String text, int start, int end) {
    }

    /**
     * Words (letters and digits, with inner apostrophes and hyphens) and single marks, with where
     * they stand; in scripts written without spaces (Chinese, Japanese, Thai) each character is a word.
     */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (unspaced(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                while (i < n && !unspaced(text.charAt(i)) && (Character.isLetterOrDigit(text.charAt(i))
                        || (i + 1 < n && isJoiner(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    private static boolean unspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** For each token of {@code a}, the index of the token of {@code b} it is kept as, or -1; null when too large to tell. */
    private static int[] align(List<Token> a, List<Token> b) {
        int n = a.size();
        int m = b.size();
        int[] match = new int[n];
        Arrays.fill(match, -1);
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix).text().equals(b.get(prefix).text())) {
            match[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a.get(n - 1 - suffix).text().equals(b.get(m - 1 - suffix).text())) {
            match[n - 1 - suffix] = m - 1 - suffix;
            suffix++;
        }
        int rows = n - prefix - suffix;
        int cols = m - prefix - suffix;
        if ((long) (rows + 1) * (cols + 1) > MOST_CELLS) {
            return null;
        }
        int[][] lcs = new int[rows + 1][cols + 1];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = cols - 1; j >= 0; j--) {
                lcs[i][j] = a.get(prefix + i).text().equals(b.get(prefix + j).text())
                        ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < rows && j < cols) {
            if (a.get(prefix + i).text().equals(b.get(prefix + j).text())) {
                match[prefix + i] = prefix + j;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}
