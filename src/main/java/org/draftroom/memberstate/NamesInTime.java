package org.draftroom.memberstate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which name a State bore on a given day: its earliest former name still in use that day, else its
 * present name. Plain Java over the names kept in {@code member_state_former_name}.
 */
public final class NamesInTime {
    private final Map<String, List<FormerName>> formerByCode;

    public NamesInTime(List<FormerName> former) {
        Map<String, List<FormerName>> byCode = new TreeMap<>();
        for (FormerName f : former) {
            byCode.computeIfAbsent(f.code().trim(), k -> new ArrayList<>()).add(f);
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(FormerName::usedUntil)));
        this.formerByCode = byCode;
    }

    /** The name on {@code day}; {@code present} when the State has borne no other since. */
    public String on(String code, String present, LocalDate day) {
        if (day == null || code == null) {
            return present;
        }
        for (FormerName f : formerByCode.getOrDefault(code.trim(), List.of())) {
            if (day.isBefore(f.usedUntil())) {
                return f.name();
            }
        }
        return present;
    }

    /** The State that once bore {@code name} ("Turkey" gives TUR). */
    public java.util.Optional<String> codeOf(String name) {
        return formerByCode.values().stream().flatMap(List::stream).filter(f -> f.name().equals(name))
                .map(f -> f.code().trim()).findFirst();
    }

    /**
     * The day a session's record is read on when no other date is known: the opening of the
     * regular session in September of the year 1945 + n (the 80th opened in September 2025).
     */
    public static LocalDate sessionOpening(int session) {
        return LocalDate.of(1945 + session, 9, 1);
    }
}
