package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.text.Superscripts;

/**
 * Reads the plain layout (superscript markers, "*italic*") and Markdown (headings, "---" page rules,
 * "&lt;sup&gt;n&lt;/sup&gt;" markers). Paragraphs are separated by blank lines; list items and numbered
 * lines start new blocks; footnote definitions ("¹ Resolution 70/1.") may appear anywhere.
 */
final class MarkupTextReader {

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*(\\d+)\\s*</sup>");
    private static final Pattern SUP_DEF = Pattern.compile("^<sup>\\s*(\\d+)\\s*</sup>\\s*(.*)$");
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+] |\\(\\w{1,5}(?: [a-z]+)?\\)\\s|\\d{1,3}(?: [a-z]+)?\\.\\s)");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    private MarkupTextReader() {
    }

    static SourceLayout read(String text, SourceFormat format) {
        String[] lines = text.split("\n", -1);
        int formula = -1;
        for (int i = 0; i < lines.length; i++) {
            if (Formula.isFormula(lines[i])) {
                formula = i;
                break;
            }
        }
        if (formula < 0) {
            throw DocumentParseException.noFormula();
        }
        List<String> head = HeadLines.clean(List.of(lines).subList(0, formula));
        List<String> blocks = new ArrayList<>();
        Map<Integer, String> footnotes = new LinkedHashMap<>();
        StringBuilder block = null;
        Integer footnote = null;
        for (int i = formula + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                block = flush(block, blocks);
                footnote = null;
                continue;
            }
            Definition def = definition(line);
            if (def != null) {
                block = flush(block, blocks);
                footnote = def.number;
                footnotes.put(def.number, inline(def.text, format));
                continue;
            }
            if (footnote != null) {
                footnotes.put(footnote, footnotes.get(footnote) + " " + inline(line, format));
                continue;
            }
            if (block != null && BLOCK_START.matcher(line).find()) {
                block = flush(block, blocks);
            }
            if (block == null) {
                block = new StringBuilder();
                if (line.startsWith("- ") || line.startsWith("+ ")) {
                    line = line.substring(2).strip();
                }
            } else {
                block.append(' ');
            }
            block.append(inline(line, format));
        }
        flush(block, blocks);
        return new SourceLayout(head, blocks, footnotes);
    }

    private record Definition(int number, String text) {
    }

    private static Definition definition(String line) {
        if (!line.isEmpty() && Superscripts.isSuperscriptDigit(line.charAt(0))) {
            int n = 0;
            int i = 0;
            while (i < line.length() && Superscripts.isSuperscriptDigit(line.charAt(i))) {
                n = n * 10 + Superscripts.digitValue(line.charAt(i));
                i++;
            }
            return new Definition(n, line.substring(i).strip());
        }
        if (line.startsWith("<sup>")) {
            Matcher m = SUP_DEF.matcher(line);
            if (m.matches()) {
                return new Definition(Integer.parseInt(m.group(1)), m.group(2).strip());
            }
        }
        return null;
    }

    private static StringBuilder flush(StringBuilder block, List<String> blocks) {
        if (block != null && !block.isEmpty()) {
            blocks.add(block.toString());
        }
        return null;
    }

    /** Converts links, markers and emphasis of one line to {@link InlineMarkup}. */
    static String inline(String line, SourceFormat format) {
        String s = line;
        if (s.indexOf('[') >= 0) {
            s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.indexOf('<') >= 0) {
            s = SUP.matcher(s).replaceAll(m -> InlineMarkup.ref(Integer.parseInt(m.group(1))));
        }
        if (format == SourceFormat.MARKDOWN && s.indexOf('&') >= 0) {
            s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&nbsp;", " ").replace("&amp;", "&");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Superscripts.isSuperscriptDigit(c)) {
                int n = 0;
                while (i < s.length() && Superscripts.isSuperscriptDigit(s.charAt(i))) {
                    n = n * 10 + Superscripts.digitValue(s.charAt(i));
                    i++;
                }
                i--;
                b.append(InlineMarkup.ref(n));
            } else if (c == '*') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '*') {
                    b.append(InlineMarkup.BOLD);
                    i++;
                } else {
                    b.append(InlineMarkup.ITALIC);
                }
            } else if (c == '\\' && i + 1 < s.length() && "*_[]()#<>\\".indexOf(s.charAt(i + 1)) >= 0) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
