package org.draftroom.document.parse;

/**
 * Readers turn each layout's inline markup into these private-use characters so one
 * {@link InlineParser} can build text, emphasis spans and footnote references for every layout.
 */
final class InlineMarkup {

    static final char ITALIC = '\uE000';
    static final char BOLD = '\uE001';
    static final char REF_OPEN = '\uE002';
    static final char REF_CLOSE = '\uE003';

    private InlineMarkup() {
    }

    static String ref(int number) {
        return REF_OPEN + Integer.toString(number) + REF_CLOSE;
    }

    static boolean isMarkup(char c) {
        return c >= '\uE000' && c <= '\uE003';
    }

    /** The text without emphasis toggles and footnote references. */
    static String strip(String marked) {
        StringBuilder b = new StringBuilder(marked.length());
        boolean inRef = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == REF_OPEN) {
                inRef = true;
            } else if (c == REF_CLOSE) {
                inRef = false;
            } else if (!inRef && !isMarkup(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
