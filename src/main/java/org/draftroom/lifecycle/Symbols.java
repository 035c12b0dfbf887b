package org.draftroom.lifecycle;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols of drafts and resolutions: {@code A/C.3/80/L.20}, its revisions
 * {@code A/C.3/80/L.20/Rev.1}, plenary drafts {@code A/80/L.5}, resolutions {@code A/RES/80/186}.
 */
public final class Symbols {
    private static final Map<String, String> COMMITTEES = Map.of(
            "first", "C.1", "second", "C.2", "third", "C.3", "fourth", "C.4", "fifth", "C.5", "sixth", "C.6");
    private static final Pattern REVISION = Pattern.compile("^(.*)/Rev\\.(\\d+)$");

    private Symbols() {
    }

    /** "C.3" for "Third Committee"; empty for the plenary (no committee). */
    public static Optional<String> committeeCode(String committee) {
        if (committee == null || committee.isBlank()) {
            return Optional.empty();
        }
        String lower = committee.toLowerCase(Locale.ROOT);
        if (lower.contains("special political")) {
            return Optional.of("C.4");
        }
        return COMMITTEES.entrySet().stream().filter(e -> lower.startsWith(e.getKey() + " committee")
                || lower.contains("(" + e.getKey() + " committee)")).map(Map.Entry::getValue).findFirst();
    }

    /** The series a tabled draft's number is taken from: "A/C.3/80/L." or "A/80/L.". */
    public static String draftSeries(String committee, int session) {
        return committeeCode(committee).map(c -> "A/" + c + "/" + session + "/L.").orElse("A/" + session + "/L.");
    }

    /** The number of {@code symbol} in {@code series} ("A/C.3/80/L.20" in "A/C.3/80/L." is 20). */
    public static OptionalInt numberIn(String symbol, String series) {
        if (symbol == null || !symbol.startsWith(series)) {
            return OptionalInt.empty();
        }
        String rest = symbol.substring(series.length());
        return rest.matches("[1-9]\\d{0,5}") ? OptionalInt.of(Integer.parseInt(rest)) : OptionalInt.empty();
    }

    /** "A/C.3/80/L.20" for "A/C.3/80/L.20/Rev.2". */
    public static String base(String symbol) {
        Matcher m = REVISION.matcher(symbol);
        return m.matches() ? m.group(1) : symbol;
    }

    /** The next revision: "A/C.3/80/L.20/Rev.1" after "A/C.3/80/L.20", "/Rev.2" after "/Rev.1". */
    public static String nextRevision(String symbol) {
        Matcher m = REVISION.matcher(symbol);
        return m.matches() ? m.group(1) + "/Rev." + (Integer.parseInt(m.group(2)) + 1) : symbol + "/Rev.1";
    }

    public static boolean isRevision(String symbol) {
        return symbol != null && REVISION.matcher(symbol).matches();
    }

    /** The series of resolution numbers of a session: "A/RES/80/". */
    public static String resolutionSeries(int session) {
        return "A/RES/" + session + "/";
    }

    /** "80/186". */
    public static String resolutionNumber(int session, int number) {
        return session + "/" + number;
    }
}
