package org.draftroom.document.parse;

import java.util.regex.Pattern;

/** The line "The General Assembly," that separates the head from the paragraphs. */
final class Formula {

    private static final Pattern FORMULA = Pattern.compile("^The General Assembly,?$");

    private Formula() {
    }

    /** True for the formula line in any layout ("*The General Assembly,*" in Markdown). */
    static boolean isFormula(String line) {
        String t = line.strip();
        if (t.length() > 40 || !t.contains("General Assembly")) {
            return false;
        }
        t = t.replace("*", "").replace("_", "").replaceAll("^#+\\s*", "").strip();
        return FORMULA.matcher(t).matches();
    }
}
