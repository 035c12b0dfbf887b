package org.draftroom.document.text;

/**
 * The one escaper of the text library, for text typed by delegations written into HTML (the rendered
 * draft, tracked changes) or XML (Akoma Ntoso). Everywhere {@code & < >} are escaped; then by context:
 * <ul>
 *   <li>{@link Context#HTML}: {@code "} and {@code '} too, so that text is safe in an attribute as well;
 *   every other character is kept.</li>
 *   <li>{@link Context#XML_TEXT} and {@link Context#XML_ATTRIBUTE}: characters XML cannot carry (controls,
 *   U+FFFE, U+FFFF, a lone surrogate) become U+FFFD, a carriage return is {@code &#13;}; in an attribute
 *   {@code "}, a line feed and a tab are escaped as well, so that a reader gets them back unchanged.</li>
 * </ul>
 */
public final class Markup {
    /** Where the text goes. */
    public enum Context { HTML, XML_TEXT, XML_ATTRIBUTE }

    private Markup() {
    }

    /** Escaped for HTML; null gives "". */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeTo(s, Context.HTML, b);
        return b.toString();
    }

    public static void escapeTo(String s, Context in, StringBuilder b) {
        boolean html = in == Context.HTML;
        boolean attribute = in != Context.XML_TEXT;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(html ? "&#39;" : "'");
                default -> {
                    if (html) {
                        b.append(c);
                    } else {
                        i = xmlCharacter(s, i, in, b);
                    }
                }
            }
        }
    }

    /** Writes the character at {@code i} for XML; answers the index of the last character used (a surrogate pair takes two). */
    private static int xmlCharacter(String s, int i, Context in, StringBuilder b) {
        char c = s.charAt(i);
        boolean attribute = in == Context.XML_ATTRIBUTE;
        switch (c) {
            case '\r' -> b.append("&#13;");
            case '\n' -> b.append(attribute ? "&#10;" : "\n");
            case '\t' -> b.append(attribute ? "&#9;" : "\t");
            default -> {
                if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                    b.append('\uFFFD');
                } else if (Character.isSurrogate(c)) {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        b.append(c).append(s.charAt(++i));
                    } else {
                        b.append('\uFFFD');
                    }
                } else {
                    b.append(c);
                }
            }
        }
        return i;
    }
}
