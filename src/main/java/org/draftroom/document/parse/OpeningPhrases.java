package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicon of opening phrases ("Recalling also", "Taking note with appreciation", "Calls upon",
 * "Expresses solidarity with and compassion for") used where the layout has no italics (PDF text,
 * and preambular paragraphs of the plain seeds). It contains every italic opening phrase of the seed
 * documents, so all layouts split paragraphs the same way. The longest matching entry wins.
 */
public final class OpeningPhrases {

    private static final List<String> PREAMBULAR = List.of(
            "Acknowledging", "Affirming", "Alarmed", "Appreciating", "Aware", "Bearing in mind", "Believing",
            "Cognizant", "Commending", "Concerned", "Condemning", "Conscious", "Considering", "Convinced",
            "Deeply alarmed", "Deeply concerned", "Deploring", "Determined", "Emphasizing", "Encouraged",
            "Encouraging", "Endorsing", "Fully aware", "Gravely concerned", "Guided by", "Having adopted",
            "Having considered", "Having examined", "Having heard", "Having received", "Highlighting",
            "Keeping in mind", "Mindful", "Noting", "Observing", "Reaffirming", "Realizing", "Recalling",
            "Recognizing", "Reiterating", "Reminding", "Stressing", "Taking into account",
            "Taking into consideration", "Taking note", "Underlining", "Underscoring", "Welcoming");
    private static final List<String> OPERATIVE = List.of(
            "Acknowledges", "Adopts", "Affirms", "Appeals", "Approves", "Authorizes", "Calls for", "Calls on",
            "Calls upon", "Commends", "Condemns", "Decides", "Declares", "Demands", "Deplores", "Designates",
            "Emphasizes", "Encourages", "Endorses", "Highlights", "Invites", "Notes", "Proclaims", "Reaffirms",
            "Recalls", "Recognizes", "Recommends", "Reiterates", "Reminds", "Requests", "Stresses", "Supports",
            "Takes note", "Underlines", "Underscores", "Urges", "Welcomes");
    private static final List<String> NOTE_QUALIFIERS = List.of(
            "with appreciation", "with concern", "with deep concern", "with satisfaction", "with interest");
    private static final List<String> EXPRESS_OBJECTS = List.of(
            "support", "concern", "deep concern", "grave concern", "serious concern", "its concern",
            "its deep concern", "appreciation", "its appreciation", "its deep appreciation", "gratitude",
            "its gratitude", "solidarity with and compassion for", "its solidarity");
    private static final List<String> PP_ADVERBS = List.of("also", "further", "moreover", "again");
    private static final List<String> OP_PREFIXES = List.of("Also", "Further", "Again", "Once again", "Strongly",
            "Also strongly", "Further strongly");
    private static final List<String> SPECIAL = List.of(
            "Reaffirms its request", "Reiterates its request", "Renews its request", "Reiterates its call",
            "Reaffirms its commitment to implement");

    private static final Map<String, List<String>> BY_FIRST_WORD = build();

    private OpeningPhrases() {
    }

    /** The longest lexicon phrase {@code text} starts with (followed by a non-letter), or "" if none. */
    public static String match(String text) {
        int sp = text.indexOf(' ');
        String first = sp < 0 ? text : text.substring(0, sp);
        first = stripTrailingPunctuation(first);
        List<String> candidates = BY_FIRST_WORD.get(first);
        if (candidates != null) {
            for (String phrase : candidates) {
                if (text.startsWith(phrase)
                        && (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())))) {
                    return phrase;
                }
            }
        }
        return fallback(text);
    }

    /** All phrases in the lexicon (for documentation and tests). */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        BY_FIRST_WORD.values().forEach(out::addAll);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Unknown verbs: a capitalised first word ending in -ing or -s, plus "also"/"further". */
    private static String fallback(String text) {
        String[] words = text.split(" ", 3);
        String first = words[0];
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || !first.chars().allMatch(Character::isLetter)) {
            return "";
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("ing") || lower.endsWith("es") || lower.endsWith("s"))) {
            return "";
        }
        if (words.length > 1 && PP_ADVERBS.contains(stripTrailingPunctuation(words[1]))
                && words[1].equals(stripTrailingPunctuation(words[1]))) {
            return first + " " + words[1];
        }
        return first;
    }

    private static String stripTrailingPunctuation(String w) {
        int end = w.length();
        while (end > 0 && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        return w.substring(0, end);
    }

    private static Map<String, List<String>> build() {
        List<String> all = new ArrayList<>(SPECIAL);
        for (String base : PREAMBULAR) {
            for (String q : qualifiers(base, "Noting", "Taking note")) {
                all.add(q);
                for (String adv : PP_ADVERBS) {
                    all.add(q + " " + adv);
                }
            }
        }
        for (String base : OPERATIVE) {
            for (String q : qualifiers(base, "Notes", "Takes note")) {
                all.add(q);
                for (String prefix : OP_PREFIXES) {
                    all.add(prefix + " " + Character.toLowerCase(q.charAt(0)) + q.substring(1));
                }
            }
        }
        for (String verb : List.of("Expressing", "Expresses")) {
            for (String object : EXPRESS_OBJECTS) {
                String phrase = verb + " " + object;
                all.add(phrase);
                if (verb.equals("Expressing")) {
                    PP_ADVERBS.forEach(adv -> all.add(phrase + " " + adv));
                } else {
                    OP_PREFIXES.forEach(p -> all.add(p + " expresses " + object));
                }
            }
        }
        Map<String, List<String>> map = new HashMap<>();
        for (String phrase : all) {
            int sp = phrase.indexOf(' ');
            String first = sp < 0 ? phrase : phrase.substring(0, sp);
            map.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
        }
        for (List<String> list : map.values()) {
            list.sort(Comparator.comparingInt(String::length).reversed());
        }
        Map<String, List<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v.stream().distinct().toList())));
        return Map.copyOf(frozen);
    }

    private static List<String> qualifiers(String base, String... noteBases) {
        List<String> out = new ArrayList<>();
        out.add(base);
        if (List.of(noteBases).contains(base)) {
            NOTE_QUALIFIERS.forEach(q -> out.add(base + " " + q));
        }
        return out;
    }
}
