package org.draftroom.shared;

/**
 * Control characters have no place in what people type into Draftroom: a NUL cannot even be
 * stored by PostgreSQL. Text may hold tabs and line breaks; a one-line value (a name, a
 * password, a query parameter) holds none at all.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The first control character other than tab, line feed and carriage return, or -1. */
    public static int inText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The first control character of any kind, or -1. */
    public static int inLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** U+0000–U+001F, U+007F and the C1 controls U+0080–U+009F. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** How a refused character is named in a problem document: {@code U+0000}. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
