package org.draftroom.document.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes paragraph labels from order: "PP3", "OP4", "PP8(a)", "OP4(b)(ii)", and in
 * {@link LabelMode#NEGOTIATION} "OP4 bis", "PP2 ter", "OP4(b bis)" for inserted paragraphs.
 * A paragraph inserted before the first of its kind is numbered after a notional 0: "OP0 bis".
 */
public final class Labeller {

    private static final String[] LATIN = {
        "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies",
        "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies"
    };

    private Labeller() {
    }

    /** One label per paragraph, in the same order. */
    public static List<String> labels(List<Paragraph> paragraphs, LabelMode mode) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int[] topCount = new int[ParagraphKind.values().length];
        int[] topSuffix = new int[ParagraphKind.values().length];
        String topLabel = "";
        int subCount = 0;
        int subSuffix = 0;
        String subLabel = "";
        int subSubCount = 0;
        int subSubSuffix = 0;
        boolean negotiation = mode == LabelMode.NEGOTIATION;
        for (Paragraph p : paragraphs) {
            int k = p.kind().ordinal();
            boolean asInsert = negotiation && p.inserted();
            switch (p.depth()) {
                case 0 -> {
                    if (asInsert) {
                        topSuffix[k]++;
                    } else {
                        topCount[k]++;
                        topSuffix[k] = 0;
                    }
                    topLabel = p.kind().labelPrefix() + topCount[k] + latinSuffix(topSuffix[k], " ");
                    subCount = 0;
                    subSuffix = 0;
                    subLabel = topLabel;
                    subSubCount = 0;
                    subSubSuffix = 0;
                    out.add(topLabel);
                }
                case 1 -> {
                    if (asInsert) {
                        subSuffix++;
                    } else {
                        subCount++;
                        subSuffix = 0;
                    }
                    String letter = subCount == 0 ? "0" : letters(subCount);
                    subLabel = topLabel + "(" + letter + latinSuffix(subSuffix, " ") + ")";
                    subSubCount = 0;
                    subSubSuffix = 0;
                    out.add(subLabel);
                }
                default -> {
                    if (asInsert) {
                        subSubSuffix++;
                    } else {
                        subSubCount++;
                        subSubSuffix = 0;
                    }
                    String roman = subSubCount == 0 ? "0" : roman(subSubCount);
                    out.add(subLabel + "(" + roman + latinSuffix(subSubSuffix, " ") + ")");
                }
            }
        }
        return out;
    }

    /** The number as printed before an operative paragraph or sub-paragraph: "4", "4 bis", "(b)", "(ii)". */
    public static String printedNumber(String label, Paragraph p) {
        if (p.depth() == 0) {
            return label.substring(p.kind().labelPrefix().length());
        }
        int open = label.lastIndexOf('(');
        return label.substring(open);
    }

    /** Labels compare ignoring case and spaces: "op 4 bis" matches "OP4 bis". */
    public static String normalize(String label) {
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** "bis" for 1, "ter" for 2, ...; "" for 0. */
    public static String latin(int n) {
        if (n <= 0) {
            return "";
        }
        return n <= LATIN.length ? LATIN[n - 1] : (n + 1) + "-fold";
    }

    private static String latinSuffix(int n, String sep) {
        return n == 0 ? "" : sep + latin(n);
    }

    /** a..z, then aa, bb, ... as in UN documents. */
    public static String letters(int n) {
        int len = (n - 1) / 26 + 1;
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat(len);
    }

    public static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(digits[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }
}
