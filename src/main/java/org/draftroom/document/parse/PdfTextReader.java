package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads text extracted from a UN PDF: removes page footers (job number "19-22333 (E) 270120", barcode
 * "*1922333*", page numbers), running heads (symbol or title) and the footnote areas under the
 * "______" rule at each page foot; joins hard-wrapped lines into paragraphs (a paragraph starts with an
 * indented line, or — in unindented text — after a blank line); turns plain-number footnote markers
 * into references ({@link PdfFootnoteMarkers}).
 */
final class PdfTextReader {

    private static final Pattern RULE = Pattern.compile("^_{5,}$");
    private static final Pattern FOOTER_TOKEN = Pattern.compile(
            "\\d{2}-\\d{5}(?:\\s*\\(E\\))?|\\(E\\)|\\d{6}|\\d{1,3}/\\d{1,3}|\\*\\d{7}\\*|Please|recycle|\\p{So}");
    private static final Pattern JOB_OR_BARCODE = Pattern.compile("\\d{2}-\\d{5}|\\*\\d{7}\\*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}/\\d{1,3}$");
    private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("^(\\d{1,3})(?:\\s+(\\S.*))?$");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+$");
    private static final Pattern LABEL_START = Pattern.compile("^(?:\\d{1,3}(?: [a-z]+)?\\.\\s|\\(\\w{1,5}(?: [a-z]+)?\\)\\s)");
    private static final Pattern PLENARY = Pattern.compile("^\\d+(?:st|nd|rd|th) plenary meeting\\b.*");

    private PdfTextReader() {
    }

    private record Line(int indent, String text) {
    }

    static SourceLayout read(String input) {
        List<String> raw = splitPages(input);
        LineEndHyphens hyphens = new LineEndHyphens(input);
        String symbol = findSymbol(raw);
        List<String> head = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        Map<Integer, String> footnotes = new LinkedHashMap<>();
        String headText = "";
        boolean formulaSeen = false;
        boolean pageStart = false;
        boolean inFootnotes = false;
        Integer footnote = null;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line == null) { // page break
                pageStart = true;
                inFootnotes = false;
                footnote = null;
                continue;
            }
            String t = line.strip();
            if (t.isEmpty()) {
                if (formulaSeen && !inFootnotes) {
                    body.add(new Line(0, ""));
                }
                continue;
            }
            if (isFooter(t) || (PAGE_NUMBER.matcher(t).matches() && (pageStart || nextIsPageEnd(raw, i)))) {
                pageStart = true;
                inFootnotes = false;
                footnote = null;
                continue;
            }
            if (pageStart && formulaSeen && isRunningHead(t, symbol, headText)) {
                pageStart = false; // one running head a page: a body line after it may repeat words of the title
                continue;
            }
            pageStart = false;
            if (RULE.matcher(t).matches()) {
                inFootnotes = true;
                footnote = null;
                continue;
            }
            if (inFootnotes) {
                var m = FOOTNOTE_NUMBER.matcher(t);
                if (m.matches() && (footnote == null || Integer.parseInt(m.group(1)) == footnote + 1)) {
                    footnote = Integer.parseInt(m.group(1));
                    footnotes.put(footnote, m.group(2) == null ? "" : m.group(2));
                } else if (footnote != null) {
                    footnotes.put(footnote, hyphens.join(footnotes.get(footnote), t));
                }
                continue;
            }
            if (!formulaSeen) {
                if (Formula.isFormula(t)) {
                    formulaSeen = true;
                    head = HeadLines.clean(head);
                    headText = String.join(" ", head);
                } else {
                    head.add(line);
                }
                continue;
            }
            body.add(new Line(indentOf(line), t));
        }
        if (!formulaSeen) {
            throw DocumentParseException.noFormula();
        }
        List<String> blocks = blocks(body, hyphens);
        Map<Integer, String> cleanFootnotes = new LinkedHashMap<>();
        footnotes.forEach((n, text) -> cleanFootnotes.put(n, text.strip()));
        List<String> marked = PdfFootnoteMarkers.mark(blocks, cleanFootnotes.keySet());
        return new SourceLayout(head, marked, cleanFootnotes);
    }

    /** Lines, with null standing for a form feed (page break). */
    private static List<String> splitPages(String input) {
        List<String> out = new ArrayList<>();
        for (String line : input.split("\n", -1)) {
            if (line.indexOf('\f') < 0) {
                out.add(line);
                continue;
            }
            String[] parts = line.split("\f", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.add(null);
                }
                if (!parts[p].isBlank()) {
                    out.add(parts[p]);
                }
            }
        }
        return out;
    }

    private static String findSymbol(List<String> raw) {
        for (String line : raw) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String[] cells = line.strip().split("\\s{2,}|\\s+(?=[A-Z]{1,6}/)");
            String last = cells[cells.length - 1].strip();
            return SYMBOL.matcher(last).matches() ? last : null;
        }
        return null;
    }

    private static boolean isFooter(String t) {
        if (!JOB_OR_BARCODE.matcher(t).find()) {
            return false;
        }
        String rest = FOOTER_TOKEN.matcher(t).replaceAll("");
        return rest.isBlank();
    }

    private static boolean nextIsPageEnd(List<String> raw, int i) {
        for (int j = i + 1; j < raw.size(); j++) {
            String l = raw.get(j);
            if (l == null) {
                return true;
            }
            if (!l.isBlank()) {
                return isFooter(l.strip());
            }
        }
        return true;
    }

    private static boolean isRunningHead(String t, String symbol, String headText) {
        String s = t.replaceAll("(?<!\\S)\\d{1,3}/\\d{1,3}(?!\\S)", "").strip();
        if (s.isEmpty()) {
            return true;
        }
        if (symbol != null && (s.equals(symbol) || s.startsWith(symbol + " ") || s.endsWith(" " + symbol))) {
            String rest = s.replace(symbol, "").strip();
            return rest.isEmpty() || headText.contains(rest);
        }
        return s.length() >= 12 && headText.contains(s.replaceAll("\\s+", " "));
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static List<String> blocks(List<Line> body, LineEndHyphens hyphens) {
        boolean indented = body.stream().anyMatch(l -> l.indent() >= 2);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        boolean afterPlenary = false;
        for (Line line : body) {
            if (line.text().isEmpty()) {
                if (!indented && block != null) {
                    blocks.add(block.toString());
                    block = null;
                }
                continue;
            }
            String t = line.text().replaceAll("\\s+", " ");
            boolean plenary = PLENARY.matcher(t).matches();
            boolean start = block == null || plenary || afterPlenary
                    || (indented ? line.indent() >= 2 : LABEL_START.matcher(t).find());
            afterPlenary = plenary;
            if (start) {
                if (block != null) {
                    blocks.add(block.toString());
                }
                block = new StringBuilder(t);
            } else {
                String joined = hyphens.join(block.toString(), t);
                block.setLength(0);
                block.append(joined);
            }
        }
        if (block != null) {
            blocks.add(block.toString());
        }
        return blocks;
    }
}
