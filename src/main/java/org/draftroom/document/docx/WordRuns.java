package org.draftroom.document.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.draftroom.document.text.Superscripts;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The visible text of one Word paragraph with tracked changes accepted: text in {@code w:ins} is kept, text in
 * {@code w:del}/{@code w:moveFrom} dropped; italic runs are remembered and footnote references become markers.
 */
final class WordRuns {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int MAX_DEPTH = 64;

    private record Piece(String text, boolean italic) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final Function<BigInteger, Integer> footnoteNumber;

    private WordRuns(Function<BigInteger, Integer> footnoteNumber) {
        this.footnoteNumber = footnoteNumber;
    }

    /** @param footnoteNumber the marker number for a Word footnote id, or null to ignore references */
    static WordRuns of(Node paragraph, Function<BigInteger, Integer> footnoteNumber) {
        WordRuns runs = new WordRuns(footnoteNumber);
        runs.walk(paragraph, false, 0);
        return runs;
    }

    /** The text without markup (markers included). */
    String plain() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** The text in the plain layout's markup: "*italic*", '*' escaped, superscript markers. */
    String marked() {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (!p.italic() || p.text().isBlank()) {
                b.append(escape(p.text()));
                i++;
                continue;
            }
            StringBuilder run = new StringBuilder();
            while (i < pieces.size() && pieces.get(i).italic()) {
                run.append(pieces.get(i++).text());
            }
            String t = run.toString();
            String core = t.strip();
            int lead = t.indexOf(core);
            b.append(t, 0, lead).append('*').append(escape(core)).append('*').append(t.substring(lead + core.length()));
        }
        return b.toString();
    }

    private void walk(Node node, boolean italic, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "footnoteRef", "delInstrText" -> { }
                case "r" -> {
                    String number = superscriptNumber(e);
                    if (number != null && footnoteNumber != null) {
                        pieces.add(new Piece(Superscripts.of(Integer.parseInt(number)), false));
                    } else {
                        walk(e, italic(e), depth + 1);
                    }
                }
                case "t" -> pieces.add(new Piece(text(e), italic));
                case "tab", "br", "cr" -> pieces.add(new Piece(" ", false));
                case "noBreakHyphen" -> pieces.add(new Piece("-", italic));
                case "footnoteReference" -> marker(e);
                default -> walk(e, italic, depth + 1);
            }
        }
    }

    private void marker(Element e) {
        if (footnoteNumber == null) {
            return;
        }
        try {
            BigInteger id = new BigInteger(e.getAttributeNS(W, "id"));
            pieces.add(new Piece(Superscripts.of(footnoteNumber.apply(id)), false));
        } catch (NumberFormatException ignored) {
            // a reference without a usable id shows nothing
        }
    }

    /** The digits of a run that is just a superscript number (a repeated footnote marker), else null. */
    private static String superscriptNumber(Element run) {
        boolean superscript = false;
        StringBuilder digits = new StringBuilder();
        for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            if ("rPr".equals(e.getLocalName())) {
                for (Node m = e.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element v && ("vertAlign".equals(v.getLocalName())
                            && "superscript".equals(v.getAttributeNS(W, "val"))
                            || "rStyle".equals(v.getLocalName()) && DocxStyles.FOOTNOTE_REFERENCE.equals(v.getAttributeNS(W, "val")))) {
                        superscript = true;
                    }
                }
            } else if ("t".equals(e.getLocalName())) {
                digits.append(text(e));
            } else {
                return null;
            }
        }
        String d = digits.toString().strip();
        return superscript && d.matches("[0-9]{1,4}") ? d : null;
    }

    private static boolean italic(Element run) {
        for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element rPr && W.equals(rPr.getNamespaceURI()) && "rPr".equals(rPr.getLocalName())) {
                for (Node m = rPr.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element i && "i".equals(i.getLocalName())) {
                        String val = i.getAttributeNS(W, "val");
                        return val.isEmpty() || val.equals("1") || val.equalsIgnoreCase("true") || val.equals("on");
                    }
                }
            }
        }
        return false;
    }

    /** XMLBeans' DOM has no getTextContent(): the text node children joined. */
    private static String text(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.indexOf('*') < 0 ? s : s.replace("*", "\\*");
    }
}
