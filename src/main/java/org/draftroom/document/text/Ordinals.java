package org.draftroom.document.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** English ordinal words as in "Seventy-fourth session" (74) and back. */
public final class Ordinals {

    private static final String[] UNITS = {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"
    };
    private static final String[] TENS_CARDINAL = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[] TENS_ORDINAL = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
    };
    private static final Map<String, Integer> LOOKUP = buildLookup();

    private Ordinals() {
    }

    /** 74 for "Seventy-fourth" (case-insensitive), empty if not an ordinal below 100. */
    public static OptionalInt parse(String word) {
        Integer n = LOOKUP.get(word.trim().toLowerCase(Locale.ROOT));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** "Seventy-fourth" for 74, capitalised. */
    public static String words(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        String w = lower(n);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String lower(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return units == 0 ? TENS_ORDINAL[tens] : TENS_CARDINAL[tens] + "-" + UNITS[units];
    }

    private static Map<String, Integer> buildLookup() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 1; i < 100; i++) {
            m.put(lower(i), i);
        }
        return Map.copyOf(m);
    }
}
