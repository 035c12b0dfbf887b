package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds footnote markers in PDF text, where they come out as plain numbers set off by spaces
 * ("Development, 1 and recalling"). A standalone number is a marker when it is the next footnote in
 * sequence (first references are always in order), or a footnote already referenced after a
 * punctuation mark or capitalised word ("Organized Crime 2 and"), and its context isn't numeric
 * ("on 27 and 28 September", "No. 29", "vol. 266").
 */
final class PdfFootnoteMarkers {

    private static final Set<String> NOT_BEFORE_MARKER = Set.of(
            "no.", "nos.", "vol.", "vols.", "para.", "paras.", "chap.", "chaps.", "sect.", "art.", "arts.", "p.",
            "pp.", "annex", "rule", "rules", "article", "articles", "paragraph", "paragraphs", "resolution",
            "resolutions", "decision", "decisions", "item", "items", "goal", "goals", "target", "targets", "session",
            "on", "of", "from", "to", "and", "or", "by", "at", "in", "the", "until", "than", "since", "before",
            "after", "between", "within", "under", "over", "about", "around", "some", "least", "part", "chapter",
            "section", "step", "phase", "level", "principle", "recommendation", "number", "page", "pages", "a",
            "an", "every", "each", "per", "nearly", "almost", "approximately", "only", "its", "their", "first",
            "last", "next", "past", "for", "with", "into", "during", "through");
    private static final Set<String> NOT_AFTER_MARKER = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "per", "percent", "%", "years", "year", "months", "month", "days", "day",
            "weeks", "hours", "million", "billion", "countries", "times", "-", "\u2013");

    private PdfFootnoteMarkers() {
    }

    static List<String> mark(List<String> blocks, Set<Integer> defined) {
        List<String> out = new ArrayList<>(blocks.size());
        int maxRef = 0;
        for (String block : blocks) {
            String[] tokens = block.split(" ");
            StringBuilder b = new StringBuilder(block.length() + 16);
            for (int i = 0; i < tokens.length; i++) {
                String tok = tokens[i];
                int n = i > 0 ? markerNumber(tok) : -1;
                if (n > 0 && defined.contains(n) && context(tokens, i)) {
                    boolean next = n == maxRef + 1;
                    boolean again = n <= maxRef && reReferenceContext(tokens[i - 1]);
                    if (next || again) {
                        maxRef = Math.max(maxRef, n);
                        b.append(InlineMarkup.ref(n));
                        continue;
                    }
                }
                if (i > 0) {
                    b.append(' ');
                }
                b.append(tok);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static int markerNumber(String tok) {
        int len = tok.length();
        if (len == 0 || len > 3) {
            return -1;
        }
        for (int i = 0; i < len; i++) {
            if (tok.charAt(i) < '0' || tok.charAt(i) > '9') {
                return -1;
            }
        }
        return tok.charAt(0) == '0' ? -1 : Integer.parseInt(tok);
    }

    private static boolean context(String[] tokens, int i) {
        String prev = tokens[i - 1];
        String prevLower = prev.toLowerCase(Locale.ROOT);
        if (prev.isEmpty() || NOT_BEFORE_MARKER.contains(prevLower)) {
            return false;
        }
        char last = prev.charAt(prev.length() - 1);
        if (Character.isDigit(last) && !prev.contains("/")) {
            return false; // "27 and 28", "2017 12"
        }
        if (i + 1 < tokens.length) {
            String next = tokens[i + 1].toLowerCase(Locale.ROOT).replaceAll("[,;:.]+$", "");
            if (NOT_AFTER_MARKER.contains(next)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reReferenceContext(String prev) {
        char last = prev.charAt(prev.length() - 1);
        return ",;:.\u201D\")\u2019'".indexOf(last) >= 0 || Character.isUpperCase(prev.charAt(0));
    }
}
