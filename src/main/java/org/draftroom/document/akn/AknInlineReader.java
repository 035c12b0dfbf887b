package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.EmphasisStyle;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the mixed content of a {@code <p>}: text, {@code <i>}/{@code <b>} emphasis, the opening phrase
 * ({@code <i class="openingPhrase">}), {@code <authorialNote>} footnotes and {@code <noteRef>} markers.
 * Unknown inline elements contribute their text. Footnotes found are collected for the whole document.
 */
final class AknInlineReader {

    /** A paragraph's inline content, positions relative to {@link #text()}. */
    record Inline(String openingPhrase, String text, List<Emphasis> emphasis, List<FootnoteRef> refs) {
    }

    private final Map<Integer, Footnote> footnotes = new TreeMap<>();

    Map<Integer, Footnote> footnotes() {
        return footnotes;
    }

    Inline paragraph(Element p) {
        Walk w = new Walk();
        w.walk(p, false, false, 0);
        String full = w.text.toString();
        int phraseEnd = w.phraseEnd;
        String phrase = phraseEnd < 0 ? "" : full.substring(0, phraseEnd);
        String rest = phraseEnd < 0 ? full : full.substring(phraseEnd);
        int cut = phraseEnd < 0 ? 0 : phraseEnd;
        if (!phrase.isEmpty() && rest.startsWith(" ") && rest.length() > 1 && separatorIsSpace(rest.substring(1))) {
            rest = rest.substring(1);
            cut++;
        }
        int shift = cut;
        List<Emphasis> emphasis = new ArrayList<>();
        for (Emphasis e : merge(w.runs)) {
            int s = Math.max(0, e.start() - shift);
            int t = e.end() - shift;
            if (t > s) {
                emphasis.add(new Emphasis(s, t, e.style()));
            }
        }
        List<FootnoteRef> refs = new ArrayList<>();
        w.refs.forEach(r -> refs.add(new FootnoteRef(Math.max(0, r.offset() - shift), r.number())));
        return new Inline(phrase, rest, emphasis, refs);
    }

    /** A footnote's {@code <p>} elements as one text with emphasis (paragraphs joined by a space). */
    Footnote footnote(int number, Element note) {
        Walk w = new Walk();
        List<Element> ps = Dom.children(note, "p");
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                w.text.append(' ');
            }
            w.walk(ps.get(i), false, false, 0);
        }
        return new Footnote(number, w.text.toString(), merge(w.runs));
    }

    /** Same rule as Paragraph.separator(): a space is written only before text that doesn't start with punctuation. */
    private static boolean separatorIsSpace(String text) {
        char c = text.charAt(0);
        return !(Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '.');
    }

    /** Adjacent or overlapping runs of one style become one span. */
    private static List<Emphasis> merge(List<Emphasis> runs) {
        List<Emphasis> out = new ArrayList<>();
        for (EmphasisStyle style : EmphasisStyle.values()) {
            Emphasis open = null;
            for (Emphasis r : runs) {
                if (r.style() != style || r.length() == 0) {
                    continue;
                }
                if (open != null && r.start() <= open.end()) {
                    open = new Emphasis(open.start(), Math.max(open.end(), r.end()), style);
                } else {
                    if (open != null) {
                        out.add(open);
                    }
                    open = r;
                }
            }
            if (open != null) {
                out.add(open);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Emphasis::start));
        return out;
    }

    private final class Walk {
        final StringBuilder text = new StringBuilder();
        final List<Emphasis> runs = new ArrayList<>();
        final List<FootnoteRef> refs = new ArrayList<>();
        int phraseEnd = -1;

        void walk(Element parent, boolean italic, boolean bold, int depth) {
            if (depth > SafeXml.MAX_DEPTH) {
                throw new DocumentFormatException(Reason.TOO_LARGE, "Inline markup is nested too deeply");
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    int start = text.length();
                    text.append(n.getNodeValue());
                    if (italic) {
                        runs.add(new Emphasis(start, text.length(), EmphasisStyle.ITALIC));
                    }
                    if (bold) {
                        runs.add(new Emphasis(start, text.length(), EmphasisStyle.BOLD));
                    }
                } else if (n instanceof Element e && AknNames.NS.equals(e.getNamespaceURI())) {
                    element(e, italic, bold, depth);
                }
            }
        }

        private void element(Element e, boolean italic, boolean bold, int depth) {
            switch (e.getLocalName()) {
                case "i" -> {
                    if (AknBodyWriter.OPENING_PHRASE.equals(e.getAttribute("class")) && text.length() == 0) {
                        text.append(e.getTextContent());
                        phraseEnd = text.length();
                    } else {
                        walk(e, true, bold, depth + 1);
                    }
                }
                case "b" -> walk(e, italic, true, depth + 1);
                case "authorialNote" -> {
                    int number = marker(e);
                    footnotes.putIfAbsent(number, footnote(number, e));
                    refs.add(new FootnoteRef(text.length(), number));
                }
                case "noteRef" -> refs.add(new FootnoteRef(text.length(), marker(e)));
                default -> walk(e, italic, bold, depth + 1);
            }
        }
    }

    static int marker(Element note) {
        try {
            int n = Integer.parseInt(note.getAttribute("marker").strip());
            if (n >= 1 && n < 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new DocumentFormatException(Reason.NOT_A_RESOLUTION,
                "A footnote has no numeric marker (marker=\"" + note.getAttribute("marker") + "\")");
    }
}
