package org.draftroom.audit;

/**
 * CSV fields (RFC 4180): a field holding a comma, a quote, a line break or leading or trailing
 * blanks is quoted, with quotes doubled. A field that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe first,
 * so that a delegate-typed text can never run as a formula on a secretariat machine.
 */
final class Csv {
    private Csv() {
    }

    static String field(String value) {
        return field(new StringBuilder(), value).toString();
    }

    static StringBuilder field(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return out;
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        if (!needsQuotes(text)) {
            return out.append(text);
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(String text) {
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
