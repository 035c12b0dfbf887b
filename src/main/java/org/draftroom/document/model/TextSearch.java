package org.draftroom.document.model;

import java.util.OptionalInt;

/** Finds quoted strings in paragraph text, as amendments quote them ("delete the second 'and'"). */
public final class TextSearch {

    private TextSearch() {
    }

    /**
     * Start of the {@code nth} (1-based) non-overlapping occurrence of {@code needle} in {@code haystack}.
     * Lenient matching treats curly and straight quotes/apostrophes alike and any run of whitespace as one space.
     */
    public static OptionalInt find(String haystack, String needle, int nth, boolean lenient) {
        if (needle == null || needle.isEmpty() || nth < 1) {
            return OptionalInt.empty();
        }
        if (!lenient) {
            int from = 0;
            for (int i = 1; ; i++) {
                int at = haystack.indexOf(needle, from);
                if (at < 0) {
                    return OptionalInt.empty();
                }
                if (i == nth) {
                    return OptionalInt.of(at);
                }
                from = at + needle.length();
            }
        }
        int count = 0;
        int i = 0;
        while (i < haystack.length()) {
            int end = matchLenient(haystack, i, needle);
            if (end >= 0) {
                count++;
                if (count == nth) {
                    return OptionalInt.of(i);
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return OptionalInt.empty();
    }

    /** End (exclusive) of the lenient match of {@code needle} starting at {@code from}, as found by {@link #find}. */
    public static int lenientMatchEnd(String haystack, int from, String needle) {
        return matchLenient(haystack, from, needle);
    }

    public static int count(String haystack, String needle) {
        int n = 0;
        while (find(haystack, needle, n + 1, false).isPresent()) {
            n++;
        }
        return n;
    }

    private static int matchLenient(String h, int from, String needle) {
        int i = from;
        int j = 0;
        while (j < needle.length()) {
            if (i >= h.length()) {
                return -1;
            }
            char a = h.charAt(i);
            char b = needle.charAt(j);
            if (Character.isWhitespace(b)) {
                if (!Character.isWhitespace(a)) {
                    return -1;
                }
                while (i < h.length() && Character.isWhitespace(h.charAt(i))) {
                    i++;
                }
                while (j < needle.length() && Character.isWhitespace(needle.charAt(j))) {
                    j++;
                }
                continue;
            }
            if (fold(a) != fold(b)) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u02BC' -> {
                return '\'';
            }
            case '\u201C', '\u201D' -> {
                return '"';
            }
            default -> {
                return c;
            }
        }
    }
}
