package org.draftroom.document.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who made a change to a text and when, as the record gives it: a Member State whose amendment was
 * accepted or adopted, "the Secretariat", "the facilitator", a text "orally revised". A change that
 * merges several sources names them all ({@link #author()} gives "Mexico and Brazil").
 *
 * @param names who made it, one or more, in order
 * @param date  when it was made (the decision, revision or meeting), never the time of a download
 */
public record ChangeSource(List<String> names, Instant date) {
    public static final String SECRETARIAT = "the Secretariat";
    public static final String FACILITATOR = "the facilitator";
    public static final String ORALLY_REVISED = "orally revised";

    public ChangeSource {
        names = List.copyOf(names);
        Objects.requireNonNull(date, "date");
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a change source names someone");
        }
    }

    public static ChangeSource of(String name, Instant date) {
        return new ChangeSource(List.of(name), date);
    }

    /** Several sources as one: their distinct names in order, dated by the latest. */
    public static ChangeSource merged(Collection<ChangeSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source to merge");
        }
        List<String> names = new ArrayList<>();
        Instant latest = Instant.MIN;
        for (ChangeSource s : sources) {
            for (String name : s.names()) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            latest = s.date().isAfter(latest) ? s.date() : latest;
        }
        return new ChangeSource(names, latest);
    }

    /** The name printed as the change's author: "Mexico", "Mexico and Brazil", "Chile, Mexico and Brazil". */
    public String author() {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
