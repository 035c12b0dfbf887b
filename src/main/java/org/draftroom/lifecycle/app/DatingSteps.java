package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.ProceduralDate;
import org.draftroom.lifecycle.SessionCalendar;
import org.draftroom.lifecycle.store.ProceduralSteps;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dates a procedural step of a draft (and gives it its meeting where the UN records one): checks
 * the date against the draft's latest step and today, then records it. Call it inside the step's
 * transaction, after the draft is locked, so that steps of one draft are dated one after another.
 */
@Singleton
public class DatingSteps {
    /** The first step of a draft's record under its symbol. */
    public static final String TABLED = "tabling";
    public static final String ADOPTED = "adoption in plenary";

    private final ProceduralSteps steps;

    DatingSteps(ProceduralSteps steps) {
        this.steps = steps;
    }

    /** The day and meeting of a step, as recorded. */
    public record Dated(LocalDate on, String meeting) {
        /** Adds {@code date} (and {@code meeting}) to an audit payload. */
        public Map<String, Object> into(Map<String, Object> payload) {
            Map<String, Object> out = payload instanceof LinkedHashMap<String, Object> m ? m : new LinkedHashMap<>(payload);
            out.put("date", on.toString());
            if (meeting != null) {
                out.put("meeting", meeting);
            }
            return out;
        }
    }

    /** A step that takes place outside a meeting (tabling, joining, a report's issue). */
    public Dated date(long draftId, String step, LocalDate given, String by) {
        return date(draftId, step, given, null, Meetings.Kind.COMMITTEE, false, by);
    }

    /** The date a step would take, checked but not recorded (for a step that may turn out to change nothing). */
    public LocalDate check(long draftId, String step, LocalDate given) {
        LocalDate on = ProceduralDate.check(step, given, steps.latest(draftId), Today.date());
        inSession(draftId, step, given);
        return on;
    }

    /**
     * A step the record dates only when told the day it happened (leaving co-sponsorship, a
     * facilitator's assignment, the co-sponsorship deadline, amendments proposed and decided, a
     * division requested): with {@code given}, checked and recorded like any step; without, empty,
     * and the history places the event on the day of the step before it, never on the server's
     * clock. A meeting without a date is refused.
     */
    public java.util.Optional<Dated> dateIfGiven(long draftId, String step, LocalDate given, String meeting, Meetings.Kind kind,
                                                 String by) {
        if (given == null) {
            if (meeting != null && !meeting.isBlank()) {
                throw org.draftroom.shared.Refusal.unprocessable("date-missing", "Give the date of the " + step
                        + " with its meeting, such as \"date\": \"2025-11-18\"").with("field", "date");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(date(draftId, step, given, meeting, kind, false, by));
    }

    /**
     * The issue of a resolution: dated like any step but not held to the session, since a resolution
     * adopted at a session's last meetings may be issued after the next one opens.
     */
    public Dated dateIssue(long draftId, String step, LocalDate given, String by) {
        LocalDate on = ProceduralDate.check(step, given, steps.latest(draftId), Today.date());
        steps.add(draftId, new ProceduralSteps.DatedStep(step, on, null), by);
        return new Dated(on, null);
    }

    /** A date given for a step falls within the draft's session (an omitted date is today's); checked after the date itself. */
    private void inSession(long draftId, String step, LocalDate given) {
        if (given != null) {
            SessionCalendar.mustFallWithin(step, given, steps.session(draftId).orElse(null));
        }
    }

    /** Records a date already checked with {@link #check}. */
    public Dated record(long draftId, String step, LocalDate on, String by) {
        steps.add(draftId, new ProceduralSteps.DatedStep(step, on, null), by);
        return new Dated(on, null);
    }

    /** A step of a meeting: the meeting is checked (and required when {@code meetingRequired}). */
    public Dated date(long draftId, String step, LocalDate given, String meeting, Meetings.Kind kind, boolean meetingRequired,
                      String by) {
        String printed = Meetings.check(meeting, kind, meetingRequired);
        LocalDate on = ProceduralDate.check(step, given, steps.latest(draftId), Today.date());
        inSession(draftId, step, given);
        steps.add(draftId, new ProceduralSteps.DatedStep(step, on, printed), by);
        return new Dated(on, printed);
    }
}
