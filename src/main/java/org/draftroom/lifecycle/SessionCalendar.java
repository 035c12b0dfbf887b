package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When a regular session of the General Assembly runs: from its opening in September of the year
 * 1945 + n until the next session opens (the closing meeting may be held on that day). Rule 1 of the
 * rules of procedure: the session opens on the Tuesday of the third week of September (from the
 * 57th session), of the second week (from the 78th), counting from the first week that contains
 * at least one working day of September; so the 76th opened on 14 September 2021, the 78th on
 * 5 September 2023, the 80th on 9 September 2025. Before the 57th the session is taken to open on
 * 1 September, which no real step precedes.
 */
public final class SessionCalendar {
    private SessionCalendar() {
    }

    /** The day session {@code n} opened (or opens). */
    public static LocalDate opening(int session) {
        int year = 1945 + session;
        if (session < 57) {
            return LocalDate.of(year, 9, 1);
        }
        LocalDate firstWorkingDay = LocalDate.of(year, 9, 1);
        while (firstWorkingDay.getDayOfWeek() == DayOfWeek.SATURDAY || firstWorkingDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            firstWorkingDay = firstWorkingDay.plusDays(1);
        }
        LocalDate firstMonday = firstWorkingDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int week = session >= 78 ? 2 : 3;
        return firstMonday.plusWeeks(week - 1L).plusDays(1);
    }

    /** The last day a step of session {@code n} can take place: the day the next session opens. */
    public static LocalDate lastDay(int session) {
        return opening(session + 1);
    }

    /**
     * Refuses a step dated outside its draft's session (422 {@code date-outside-session}, naming the
     * field {@code date}, the session and its first and last days). Nothing is checked for a draft of
     * no known session.
     */
    public static void mustFallWithin(String step, LocalDate on, Integer session) {
        if (session == null || on == null || session < 1 || session > 8000) {
            return;
        }
        LocalDate opened = opening(session);
        LocalDate last = lastDay(session);
        if (on.isBefore(opened) || on.isAfter(last)) {
            throw Refusal.unprocessable("date-outside-session", "The " + step + " is dated " + on + ", outside the "
                            + session + Meetings.suffix(session) + " session (" + opened + " to " + last + "); give the date it happened")
                    .with("field", "date").with("date", on.toString()).with("session", session)
                    .with("sessionOpened", opened.toString()).with("sessionLastDay", last.toString());
        }
    }
}
