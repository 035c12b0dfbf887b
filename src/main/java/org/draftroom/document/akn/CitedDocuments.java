package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a text cites, found where the UN's own markup links them: General Assembly resolutions
 * cited as "its resolution 64/293", "General Assembly resolutions 61/180 of 20 December 2006, 64/178 …
 * and 72/195" (each number a citation of A/RES/64/293 …), and document symbols written out
 * ("A/76/463", "CTOC/COP/2020/10", "A/C.3/80/L.20/Rev.1"). Resolutions of other bodies ("Commission on
 * Crime Prevention and Criminal Justice resolution 27/2", "Human Rights Council resolution 32/3") are not
 * General Assembly resolutions and are left alone.
 */
public final class CitedDocuments {

    /** Where the UN's documents are found by symbol. */
    public static final String UNDOCS = "https://undocs.org/en/";

    /** One citation: the characters {@code [start, end)} of the text name the document {@code symbol}. */
    public record Citation(int start, int end, String symbol) {
        public String href() {
            return UNDOCS + symbol;
        }
    }

    private static final Pattern GA_RESOLUTIONS = Pattern.compile(
            "\\b(?:its|General Assembly|Assembly)\\s+resolutions?\\s+");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}/\\d{1,3})(?![\\d/])");
    /** What may stand between two numbers of one list: a date, "A/RES/…" prefixes aside, a comma or "and". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:\\s+of\\s+\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})?(?:,\\s+and\\s+|,\\s+|\\s+and\\s+)");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/])[A-Z]{1,6}(?:/[A-Za-z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?){2,}(?![\\w/])");

    private CitedDocuments() {
    }

    /** Citations in text order, none overlapping another. */
    public static List<Citation> in(String text) {
        List<Citation> out = new ArrayList<>();
        Matcher symbols = SYMBOL.matcher(text);
        while (symbols.find()) {
            if (symbols.group().chars().anyMatch(Character::isDigit)) {
                out.add(new Citation(symbols.start(), symbols.end(), symbols.group()));
            }
        }
        Matcher ga = GA_RESOLUTIONS.matcher(text);
        while (ga.find()) {
            int at = ga.end();
            Matcher number = NUMBER.matcher(text);
            Matcher between = BETWEEN.matcher(text);
            while (at < text.length() && number.region(at, text.length()).lookingAt()) {
                Citation c = new Citation(number.start(1), number.end(1), "A/RES/" + number.group(1));
                if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                    out.add(c);
                }
                at = number.end();
                if (at >= text.length() || !between.region(at, text.length()).lookingAt()) {
                    break;
                }
                at = between.end();
            }
        }
        out.sort(Comparator.comparingInt(Citation::start));
        return List.copyOf(out);
    }
}
