package org.draftroom.document.text;

/** Superscript digits as used for footnote markers in the plain layout ("Development,¹ and"). */
public final class Superscripts {

    private static final String DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Superscripts() {
    }

    /** 0-9 for a superscript digit, else -1. */
    public static int digitValue(char c) {
        return DIGITS.indexOf(c);
    }

    public static boolean isSuperscriptDigit(char c) {
        return DIGITS.indexOf(c) >= 0;
    }

    public static String of(int number) {
        String s = Integer.toString(number);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(DIGITS.charAt(s.charAt(i) - '0'));
        }
        return b.toString();
    }
}
