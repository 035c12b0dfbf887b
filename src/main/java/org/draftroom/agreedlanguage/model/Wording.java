package org.draftroom.agreedlanguage.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a paragraph as agreed language counts them: lower-case words in order, punctuation
 * left out (a preambular paragraph ends with a comma, the same words as an operative paragraph end
 * with a semicolon), hyphens, slashes, apostrophes and dots inside a word kept ("64/293", "State's").
 */
public final class Wording {

    private Wording() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder word = new StringBuilder();
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                char c = text.charAt(i);
                word.append(c == '\u2019' ? '\'' : c);
                i++;
            }
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A 64-bit key of the words in order: two paragraphs with the same words have the same key. */
    public static long key(List<String> words) {
        return Hashing.fnv64(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJoiner(String t, int i) {
        char c = t.charAt(i);
        if (c != '-' && c != '/' && c != '\'' && c != '\u2019' && c != '.') {
            return false;
        }
        return i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)) && i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
    }
}
