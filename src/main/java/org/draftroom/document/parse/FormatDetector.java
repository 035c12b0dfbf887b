package org.draftroom.document.parse;

import java.util.regex.Pattern;
import org.draftroom.document.text.Superscripts;

/** Guesses the layout of a text when the caller doesn't say. One pass over the lines, no regex over the whole text. */
public final class FormatDetector {

    private static final Pattern SUP = Pattern.compile("<sup>\\s*\\d+\\s*</sup>");
    private static final Pattern RULE = Pattern.compile("_{5,}");
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7}\\*");
    private static final Pattern JOB = Pattern.compile("\\d{2}-\\d{5}\\s*\\(E\\).*");

    private FormatDetector() {
    }

    public static SourceFormat detect(String text) {
        if (text.contains("<sup>") && SUP.matcher(text).find()) {
            return SourceFormat.MARKDOWN;
        }
        boolean superscripts = false;
        boolean pdfSigns = text.indexOf('\f') >= 0;
        String firstLine = null;
        int lines = 0;
        int longLines = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (firstLine == null) {
                firstLine = line;
            }
            if (line.length() > 140) {
                longLines++;
            }
            char c = line.charAt(0);
            if ((c == '#' && line.matches("#{1,6} .*")) || line.equals("---")) {
                return SourceFormat.MARKDOWN;
            }
            if (!superscripts) {
                for (int i = 0; i < line.length(); i++) {
                    if (Superscripts.isSuperscriptDigit(line.charAt(i))) {
                        superscripts = true;
                        break;
                    }
                }
            }
            if (!pdfSigns && (c == '_' || c == '*' || Character.isDigit(c))) {
                pdfSigns = RULE.matcher(line).matches() || BARCODE.matcher(line).matches() || JOB.matcher(line).matches();
            }
        }
        if (superscripts) {
            return SourceFormat.PLAIN;
        }
        boolean unitedNations = firstLine != null && firstLine.startsWith("United Nations");
        if (pdfSigns || unitedNations || (lines >= 20 && longLines == 0)) {
            return SourceFormat.PDF_TEXT;
        }
        return SourceFormat.PLAIN;
    }
}
