package org.draftroom.document.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits text into word and punctuation tokens. */
final class Tokens {

    private Tokens() {
    }

    /** Tokens each with the whitespace before it, so joining them gives the text back. */
    static List<String> withSpace(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                if (!out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + text.substring(start));
                } else {
                    out.add(text.substring(start));
                }
                break;
            }
            if (isWordChar(text.charAt(i))) {
                while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** Lower-case words (no punctuation) with their counts. */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return bag;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Hyphens, slashes, apostrophes and dots inside a word: "age-sensitive", "64/293", "States'", "5.2". */
    private static boolean isJoiner(String t, int i) {
        char c = t.charAt(i);
        if (c != '-' && c != '/' && c != '\'' && c != '\u2019' && c != '.') {
            return false;
        }
        return i + 1 < t.length() && isWordChar(t.charAt(i + 1)) && i > 0 && isWordChar(t.charAt(i - 1));
    }
}
