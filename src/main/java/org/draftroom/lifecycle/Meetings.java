package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings as the UN records them: a Committee's "45th meeting", the Assembly's "53rd plenary
 * meeting". The ordinal's suffix must be the English one (1st, 2nd, 3rd, 11th, 12th, 13th, 21st).
 */
public final class Meetings {
    private static final Pattern MEETING = Pattern.compile("([1-9]\\d{0,3})(st|nd|rd|th) (plenary )?meeting");

    private Meetings() {
    }

    /** Which kind of meeting a step takes place in. */
    public enum Kind { COMMITTEE, PLENARY }

    /** The meeting as printed, or null when none is given and none is required. */
    public static String check(String given, Kind kind, boolean required) {
        String m = given == null ? "" : given.strip().replaceAll("\\s+", " ");
        if (m.isEmpty()) {
            if (required) {
                throw Refusal.unprocessable("no-meeting", "Give the meeting as printed, such as " + example(kind));
            }
            return null;
        }
        Matcher matcher = MEETING.matcher(m);
        if (m.length() > 40 || !matcher.matches()) {
            throw Refusal.unprocessable("not-a-meeting", "A meeting reads " + example(kind) + ", not '" + shorten(m) + "'");
        }
        boolean plenary = matcher.group(3) != null;
        if (plenary != (kind == Kind.PLENARY)) {
            throw Refusal.unprocessable("wrong-meeting-kind", (kind == Kind.PLENARY
                    ? "The plenary decides in a plenary meeting, such as "
                    : "The Committee acts in its own meetings, such as ") + example(kind) + ", not '" + m + "'");
        }
        int n = Integer.parseInt(matcher.group(1));
        if (!matcher.group(2).equals(suffix(n))) {
            throw Refusal.unprocessable("not-a-meeting", "The " + n + suffix(n) + " meeting, not the " + n + matcher.group(2));
        }
        return m;
    }

    /** "st", "nd", "rd" or "th" for n. */
    public static String suffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String example(Kind kind) {
        return kind == Kind.PLENARY ? "\"53rd plenary meeting\"" : "\"45th meeting\"";
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
