package org.draftroom.document.parse;

import org.draftroom.document.parse.DocumentParseException.Reason;

/** Rejects empty and binary input and normalises line ends and odd spaces. */
final class InputCheck {

    private InputCheck() {
    }

    static String clean(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentParseException(Reason.EMPTY_TEXT, "The text is empty");
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (c == '\n' || c == '\t' || c == '\f') {
                b.append(c == '\t' ? ' ' : c);
            } else if (c < 0x20 || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                throw new DocumentParseException(Reason.BINARY_DATA, String.format(
                        "The text contains binary data (control character U+%04X at position %d); "
                                + "upload the document as plain text", (int) c, i));
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                b.append(' ');
            } else if (c == '\uFEFF' || c == '\u00AD' || InlineMarkup.isMarkup(c)) {
                continue; // byte-order mark, soft hyphen, our own markup characters
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
