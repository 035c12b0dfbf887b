package org.draftroom.document.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a line that ends in a hyphen to the next as the words require, judged against the words of the
 * whole text:
 * <ul>
 *   <li>a compound keeps its hyphen and loses the space ("victim-" + "centred" → "victim-centred",
 *       "Inter-" + "Agency" → "Inter-Agency"): the hyphenated form occurs elsewhere in the text; or, the
 *       joined word occurring nowhere, the second part is capitalized, a compound number ("seventy-" + "fifth"), or both parts are words of the text
 *       and the second no mere word ending; or the first part is a number ("four-" + "year") or a prefix
 *       such as "non", "self", "co"; or it is the second of a pair ("gender- and age-" + "sensitive");</li>
 *   <li>a word split by hyphenation is rejoined ("imple-" + "mentation" → "implementation",
 *       "funda-" + "mental" → "fundamental", "confidential-" + "ity" → "confidentiality"): the joined word
 *       occurs elsewhere, the second part is a word ending ("ity", "tion", "ing"), or a part is no word of
 *       the text;</li>
 *   <li>a suspended hyphen keeps the space ("pre-" + "and post-natal").</li>
 * </ul>
 * Without a dictionary a split word whose halves are both words of the text and which occurs nowhere else
 * whole ("under-" + "standing") is taken for a compound, and a compound said once whose second part
 * occurs nowhere else on its own ("front-" + "line", "gender-" + "responsive") is rejoined.
 */
final class LineEndHyphens {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Set<String> SUSPENDING = Set.of("and", "or", "to", "nor");
    /** Prefixes UN English writes with a hyphen although they are no words of their own ("non-governmental"). */
    /** Compound numbers and ordinals are always hyphenated: "seventy-" + "fifth". */
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Set<String> UNITS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    /** Word endings a hyphenation leaves on the next line ("confidential-" + "ity"): never the second half of a compound. */
    private static final Set<String> SUFFIXES = Set.of("ity", "ities", "ion", "ions", "tion", "tions", "sion", "sions",
            "ment", "ments", "ness", "ing", "ings", "ed", "es", "al", "ally", "ly", "ive", "ives", "ous", "ism", "ist", "ists",
            "ance", "ances", "ence", "ences", "able", "ible", "ful", "less", "ship", "ships", "ize", "ized", "ise", "ised",
            "ties", "ary", "ory", "ate", "ated", "ates", "ating", "ative", "ure", "ures", "ent", "ents", "ant", "ants", "ial",
            "ian", "ical", "ically", "er", "ers", "ic", "ics", "ization", "izations", "isation");
    private static final Set<String> PREFIXES = Set.of("non", "self", "ex", "cross", "semi", "multi", "anti", "co");
    /** Prefixes UN English hyphenates before some words only: "post-" + "conflict", but "pre-" + "sented". */
    private static final Set<String> WEAK_PREFIXES = Set.of("pre", "post", "re", "sub", "inter", "intra", "over", "under");
    /** "four-" + "year", "two-" + "thirds": a number before a word of the text. */
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "twelve", "half", "multi", "first", "second", "third", "fourth", "fifth");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    /**
     * The words of {@code text}, leaving out those cut at a line end and what continues them: the first word
     * of the next line that starts in lower case (after any page end, footer or running head).
     */
    LineEndHyphens(String text) {
        boolean cutPending = false;
        for (String line : text.split("\n")) {
            String body = line.stripTrailing();
            boolean cutHere = false;
            if (body.endsWith("-") && body.length() >= 2 && Character.isLetter(body.charAt(body.length() - 2))) {
                cutHere = true;
                int cut = body.length() - 1;
                while (cut > 0 && Character.isLetter(body.charAt(cut - 1))) {
                    cut--;
                }
                body = body.substring(0, cut);
            }
            Matcher m = WORD.matcher(body);
            boolean first = true;
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (first && cutPending && m.start() == indentEnd(body) && Character.isLowerCase(m.group().charAt(0))) {
                    first = false;
                    cutPending = false;
                    continue; // continues the word cut before
                }
                first = false;
                if (w.indexOf('-') > 0) {
                    compounds.add(w);
                    for (String part : w.split("-")) {
                        words.add(part);
                    }
                } else {
                    words.add(w);
                }
            }
            cutPending = cutPending || cutHere;
        }
    }

    /** "gender- and age-" + "sensitive": the second of two compounds sharing their last part. */
    private static boolean suspended(String before, int leftStart) {
        String lead = before.substring(0, leftStart);
        return lead.endsWith("- and ") || lead.endsWith("- or ");
    }

    private static int indentEnd(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code before} (a paragraph so far) followed by the next line {@code next}. */
    String join(String before, String next) {
        if (before.isEmpty()) {
            return next;
        }
        int n = before.length();
        if (n < 2 || before.charAt(n - 1) != '-' || !Character.isLetter(before.charAt(n - 2)) || next.isEmpty()
                || !Character.isLetter(next.charAt(0))) {
            return before + " " + next;
        }
        Matcher nextWord = WORD.matcher(next);
        String right = nextWord.lookingAt() ? nextWord.group() : next;
        String rightFirst = right.split("-", 2)[0];
        if (SUSPENDING.contains(rightFirst)) {
            return before + " " + next;
        }
        int start = n - 1;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String left = before.substring(start, n - 1).toLowerCase(Locale.ROOT);
        String r = rightFirst.toLowerCase(Locale.ROOT);
        boolean compound;
        if (compounds.contains(left + "-" + r)) {
            compound = true;
        } else if (words.contains(left + r)) {
            compound = false;
        } else if (Character.isUpperCase(rightFirst.charAt(0)) || (TENS.contains(left) && UNITS.contains(r))) {
            compound = true;
        } else if (SUFFIXES.contains(r)) {
            compound = false;
        } else if (PREFIXES.contains(left) || suspended(before, start) || NUMBERS.contains(left)
                || (WEAK_PREFIXES.contains(left) && words.contains(r))) {
            compound = true;
        } else {
            compound = words.contains(left) && words.contains(r);
        }
        return compound ? before + next : before.substring(0, n - 1) + next;
    }
}
