package org.draftroom.document.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent of the importer: reduces a seed-layout text (plain or Markdown) to its words so two texts
 * can be compared "up to whitespace and markup": strips italics/bold markers, link syntax, headings,
 * "---" page rules and list dashes, writes footnote markers as "^n", and takes footnote definitions out
 * of the running text (wherever their page block stood) into a list ordered by number.
 */
public final class SeedNormalizer {

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*(\\d+)\\s*</sup>");
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
    private static final Pattern DEFINITION = Pattern.compile("^\\^(\\d+)\\s+(.*)$");

    private SeedNormalizer() {
    }

    public record Normalized(String body, List<String> footnotes) {
    }

    public static Normalized normalize(String text) {
        StringBuilder body = new StringBuilder();
        TreeMap<Integer, String> notes = new TreeMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.matches("-{3,}")) {
                continue;
            }
            line = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            line = SUP.matcher(line).replaceAll("^$1");
            line = SUPERSCRIPTS.matcher(line).replaceAll(m -> "^" + digits(m.group()));
            line = line.replaceAll("^#+\\s*", "").replaceAll("^- ", "").replace("\\*", "\u0000")
                    .replace("*", "").replace("\u0000", "*");
            Matcher def = DEFINITION.matcher(line);
            if (def.matches()) {
                notes.put(Integer.parseInt(def.group(1)), collapse(def.group(2)));
            } else {
                body.append(line).append(' ');
            }
        }
        List<String> footnotes = new ArrayList<>();
        notes.forEach((n, t) -> footnotes.add(n + " " + t));
        return new Normalized(collapse(body.toString()), footnotes);
    }

    private static String digits(String superscripts) {
        StringBuilder b = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            b.append("\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".indexOf(c));
        }
        return b.toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
