package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers the plenary gives: resolutions "80/186" (A/RES/80/186) and decisions "80/512", both
 * numbered within the session. A number may be given in full ("80/186") or alone ("186").
 */
public final class ResolutionNumbers {
    private static final Pattern NUMBER = Pattern.compile("(?:(\\d{1,3})/)?([1-9]\\d{0,4})(?:\\s*([A-Z]))?");

    private ResolutionNumbers() {
    }

    /** Whether the plenary adopts a resolution or a decision. */
    public enum Kind {
        RESOLUTION("A/RES/"), DECISION("A/DEC/");

        private final String seriesPrefix;

        Kind(String seriesPrefix) {
            this.seriesPrefix = seriesPrefix;
        }

        /** The counter of the session's numbers: "A/RES/80/". */
        public String series(int session) {
            return seriesPrefix + session + "/";
        }

        public String printed() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The number given, checked against the session: "80/186"; empty when none was given. */
    public static OptionalInt parse(String given, int session, Kind kind) {
        if (given == null || given.isBlank()) {
            return OptionalInt.empty();
        }
        String g = given.strip();
        if (g.startsWith("A/RES/")) {
            g = g.substring("A/RES/".length());
        }
        Matcher m = NUMBER.matcher(g);
        if (g.length() > 20 || !m.matches() || m.group(3) != null) {
            throw Refusal.unprocessable("not-a-number", "A " + kind.printed() + " number reads \"" + session + "/186\" or \"186\", not '"
                    + (given.length() > 40 ? given.substring(0, 40) + "…" : given) + "'");
        }
        if (m.group(1) != null && Integer.parseInt(m.group(1)) != session) {
            int other = Integer.parseInt(m.group(1));
            throw Refusal.unprocessable("number-of-another-session", given.strip() + " is a number of the " + other
                    + Meetings.suffix(other) + " session; this draft is of the " + session + Meetings.suffix(session))
                    .with("session", session);
        }
        return OptionalInt.of(Integer.parseInt(m.group(2)));
    }

    /** "80/186". */
    public static String printed(int session, int number) {
        return session + "/" + number;
    }
}
