package org.draftroom.document.parse;

import static org.draftroom.document.parse.InlineMarkup.BOLD;
import static org.draftroom.document.parse.InlineMarkup.ITALIC;
import static org.draftroom.document.parse.InlineMarkup.REF_CLOSE;
import static org.draftroom.document.parse.InlineMarkup.REF_OPEN;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.FootnoteRef;

/** Turns a string with {@link InlineMarkup} characters into {@link InlineText}, collapsing whitespace. */
final class InlineParser {

    private InlineParser() {
    }

    static InlineText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Emphasis> spans = new ArrayList<>();
        List<FootnoteRef> refs = new ArrayList<>();
        int italicStart = -1;
        int boldStart = -1;
        boolean pendingSpace = false;
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == REF_OPEN) {
                int close = marked.indexOf(REF_CLOSE, i);
                int number = Integer.parseInt(marked.substring(i + 1, close));
                refs.add(new FootnoteRef(text.length(), number));
                i = close + 1;
                continue;
            }
            if (c == ITALIC || c == BOLD) {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                if (c == ITALIC) {
                    italicStart = toggle(spans, italicStart, text, EmphasisStyle.ITALIC);
                } else {
                    boldStart = toggle(spans, boldStart, text, EmphasisStyle.BOLD);
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
            i++;
        }
        if (italicStart >= 0) {
            toggle(spans, italicStart, text, EmphasisStyle.ITALIC);
        }
        if (boldStart >= 0) {
            toggle(spans, boldStart, text, EmphasisStyle.BOLD);
        }
        return new InlineText(text.toString(), trimSpans(spans, text), refs);
    }

    private static int toggle(List<Emphasis> spans, int start, StringBuilder text, EmphasisStyle style) {
        if (start < 0) {
            return text.length();
        }
        if (text.length() > start) {
            spans.add(new Emphasis(start, text.length(), style));
        }
        return -1;
    }

    /** Spans don't start or end on a space: "* inter alia *" covers "inter alia". */
    private static List<Emphasis> trimSpans(List<Emphasis> spans, CharSequence text) {
        List<Emphasis> out = new ArrayList<>(spans.size());
        for (Emphasis e : spans) {
            int s = e.start();
            int t = e.end();
            while (s < t && text.charAt(s) == ' ') {
                s++;
            }
            while (t > s && text.charAt(t - 1) == ' ') {
                t--;
            }
            if (t > s) {
                out.add(new Emphasis(s, t, e.style()));
            }
        }
        return out;
    }
}
