package org.draftroom.agreedlanguage.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the silence procedure: only the facilitator assigned to the draft puts its current
 * version under silence, during consultations, on a text without brackets, until a moment still to
 * come and at most {@link #LONGEST} ahead; any delegation breaks silence, for its own State only,
 * once, with its text, while the silence runs and before its deadline; when the deadline comes the
 * silence is held if no one broke it, broken otherwise.
 */
public final class SilencePolicy {
    /** The longest silence: procedures run for hours or a few days; two weeks is already generous. */
    public static final Duration LONGEST = Duration.ofDays(14);
    public static final int MAX_TEXT = 5000;

    private SilencePolicy() {
    }

    /** @param assigned the draft's facilitator; {@code running} whether a silence already runs on the draft */
    public static void mayStart(Caller caller, String assigned, Stage stage, boolean running) {
        if (!caller.is(Role.FACILITATOR) || assigned == null || !assigned.equals(caller.username())) {
            throw Refusal.forbidden("Only the facilitator assigned to this draft" + (assigned == null ? " (none is yet)" : "")
                    + " puts it under silence");
        }
        if (stage != Stage.CONSULTATIONS) {
            throw Refusal.conflict("not-in-consultations", "A draft goes under silence during informal consultations; it is "
                    + stage.name().toLowerCase(Locale.ROOT).replace('_', ' ')).with("stage", stage.name());
        }
        if (running) {
            throw Refusal.conflict("silence-running", "The draft is already under silence");
        }
    }

    /** The deadline: a moment still to come, at most {@link #LONGEST} from {@code now}. */
    public static void checkUntil(OffsetDateTime until, Instant now) {
        if (until == null || !until.toInstant().isAfter(now)) {
            throw Refusal.unprocessable("deadline-not-ahead",
                    "'until' must be a moment still to come, such as 2025-11-14T18:00:00-05:00");
        }
        if (until.toInstant().isAfter(now.plus(LONGEST))) {
            throw Refusal.unprocessable("silence-too-long", "A silence procedure lasts at most " + LONGEST.toDays()
                    + " days; 'until' is " + until);
        }
    }

    /** A text with bracketed paragraphs is not agreed, so it cannot go under silence. */
    public static void noBrackets(List<String> bracketedLabels) {
        if (!bracketedLabels.isEmpty()) {
            throw Refusal.conflict("brackets-remain", "Brackets remain in " + String.join(", ", bracketedLabels)
                    + ": agree or open them before putting the text under silence").with("paragraphs", bracketedLabels);
        }
    }

    /**
     * @param forState the State the delegate says it breaks silence for (null: its own)
     * @param silence  the draft's latest silence (null when none was ever started)
     */
    public static void mayBreak(Caller caller, String forState, Silence silence, String text, Instant now) {
        if (!caller.is(Role.DELEGATE)) {
            throw Refusal.forbidden("Only a delegation breaks silence, for its own Member State");
        }
        if (forState != null && !caller.actsFor(forState)) {
            throw Refusal.forbidden("A delegate breaks silence only for its own Member State (" + caller.memberState() + ")");
        }
        if (silence == null || !silence.isRunning()) {
            throw Refusal.conflict("no-silence", "The draft is not under silence"
                    + (silence == null ? "" : "; the silence until " + silence.until() + " is over (" + silence.state().json() + ")"));
        }
        if (!now.isBefore(silence.until().toInstant())) {
            throw Refusal.conflict("silence-over", "The silence ended at " + silence.until() + "; it can no longer be broken")
                    .with("until", silence.until().toString());
        }
        if (silence.brokenBy(caller.memberState())) {
            throw Refusal.conflict("silence-already-broken", caller.memberState() + " has already broken this silence");
        }
        if (text == null || text.isBlank()) {
            throw Refusal.unprocessable("silence-text-required", "Breaking silence comes with the delegation's text ('text')");
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.unprocessable("silence-text-too-long", "The text holds at most " + MAX_TEXT + " characters");
        }
    }

    /** What the deadline makes of a silence: held when no one broke it, broken otherwise. */
    public static SilenceState outcome(Silence silence) {
        return silence.breaks().isEmpty() ? SilenceState.HELD : SilenceState.BROKEN;
    }
}
