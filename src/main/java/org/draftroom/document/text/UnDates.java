package org.draftroom.document.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UN documents print them: "16 December 2021". */
public final class UnDates {

    public static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private UnDates() {
    }

    /** The first date found in the text. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True if the whole (trimmed) text is one date. */
    public static boolean isDate(String text) {
        return DATE.matcher(text.trim()).matches();
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
