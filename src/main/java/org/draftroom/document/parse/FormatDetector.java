package org.draftroom.document.parse;

import java.util.regex.Pattern;
import org.draftroom.document.text.Superscripts;

/** Guesses the layout of a text when the caller doesn't say. */
public final class FormatDetector {

    private static final Pattern MARKDOWN = Pattern.compile("(?m)<sup>\\s*\\d+\\s*</sup>|^#{1,6} |^---\\s*$");
    private static final Pattern PDF_SIGNS = Pattern.compile(
            "(?m)^\\s*_{5,}\\s*$|^\\s*\\*\\d{7}\\*\\s*$|^\\s*\\d{2}-\\d{5}\\s*\\(E\\)|\\f");

    private FormatDetector() {
    }

    public static SourceFormat detect(String text) {
        if (MARKDOWN.matcher(text).find()) {
            return SourceFormat.MARKDOWN;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Superscripts.isSuperscriptDigit(text.charAt(i))) {
                return SourceFormat.PLAIN;
            }
        }
        if (PDF_SIGNS.matcher(text).find() || firstLine(text).startsWith("United Nations") || hardWrapped(text)) {
            return SourceFormat.PDF_TEXT;
        }
        return SourceFormat.PLAIN;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", 50)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** Most non-empty lines are short and many don't end a sentence: wrapped at a fixed width. */
    private static boolean hardWrapped(String text) {
        int lines = 0;
        int longLines = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines++;
                if (line.length() > 140) {
                    longLines++;
                }
            }
        }
        return lines >= 20 && longLines == 0;
    }
}
