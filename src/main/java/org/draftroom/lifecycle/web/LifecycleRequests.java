package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Nullable;
import org.draftroom.lifecycle.OralRevision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the procedure's steps. Every field may be left out unless said otherwise. Every step
 * takes {@code date}, the day it happened (default today; not before the draft's latest step, not
 * after today), and steps taken in a meeting take {@code meeting}: "45th meeting", "53rd plenary meeting".
 */
final class LifecycleRequests {
    private LifecycleRequests() {
    }

    /** {@code username} (required): a user with the FACILITATOR role; {@code date}: the day assigned (undated without it). */
    record AssignFacilitator(String username, @Nullable LocalDate date) {
    }

    /** {@code date} of issue (default today); {@code symbol} only from the secretariat, such as "A/C.3/80/L.20". */
    record Table(@Nullable LocalDate date, @Nullable String symbol, @Nullable String jobNumber) {
    }

    /**
     * {@code footnotes}: footnotes the revision adds ({@code paragraph}, {@code after} the words, {@code occurrence},
     * {@code text}), changes ({@code paragraph}, {@code number}, {@code text}) or removes ({@code paragraph},
     * {@code number}, {@code remove} true); footnotes are then numbered again in the order they appear.
     */
    record Revise(@Nullable LocalDate date, @Nullable List<RevisedFootnote> footnotes, @Nullable String jobNumber) {
    }

    /** One footnote a revision adds, changes or removes, in the paragraph that cites it. */
    record RevisedFootnote(@Nullable String paragraph, @Nullable Integer number, @Nullable String after, @Nullable Integer occurrence,
                           @Nullable String text, @Nullable Boolean remove) {
    }

    /** {@code paragraphs} (required): operative paragraphs, "OP5"; {@code statement} (required); {@code symbol}: "A/C.3/80/L.68". */
    record Pbi(@Nullable List<String> paragraphs, @Nullable String statement, @Nullable String symbol, @Nullable LocalDate date) {
    }

    /** {@code until}: the day action is deferred to; {@code date}: the day it was deferred. */
    record Defer(@Nullable LocalDate until, @Nullable String reason, @Nullable LocalDate date, @Nullable String meeting) {
    }

    record Dated(@Nullable LocalDate date, @Nullable String meeting) {
    }

    /**
     * {@code changes} (required): [{"paragraph": "OP5", "text": "the text after the opening phrase", "openingPhrase":
     * "Also urges" (only to change it), "footnotes": [{"after": "words", "text": "..."}, {"number": 3, "text": "..."},
     * {"number": 4, "remove": true}]}]; {@code memberState} (required): the main sponsor reading them out.
     */
    record OralRevision(@Nullable String memberState, @Nullable List<org.draftroom.lifecycle.OralRevision.Change> changes,
                        @Nullable LocalDate date, @Nullable String meeting) {
    }

    /**
     * {@code decision} (required): WITHOUT_VOTE, RECORDED_VOTE, NO_ACTION_MOTION or REJECTED;
     * {@code ballots} for a recorded vote: {"FRA": "YES", "BLR": "NO", ...}.
     */
    record Action(String decision, @Nullable Map<String, String> ballots, @Nullable String meeting, @Nullable LocalDate date) {
    }

    /** All required: {@code memberState} "FRA", {@code timing} BEFORE or AFTER, {@code text}. */
    record ExplanationOfVote(String memberState, String timing, String text, @Nullable LocalDate date, @Nullable String meeting) {
    }

    /**
     * {@code symbol} "A/80/463" and {@code recommendation} "IV" required; {@code paragraph} 26 only where the
     * session's practice prints one; {@code date} of the report.
     */
    record Report(String symbol, @Nullable Integer paragraph, String recommendation, @Nullable LocalDate date) {
    }

    /**
     * {@code decision} WITHOUT_VOTE, RECORDED_VOTE or REJECTED; {@code meeting} "53rd plenary meeting"; {@code date};
     * {@code number}: the resolution's (or decision's) number, "80/186" (default: the next free one of the session);
     * {@code decisionText}: for a draft decision, the decision's text as the Official Records print it under its
     * number (default: the text of the draft decision as it stands).
     */
    record Plenary(String decision, @Nullable Map<String, String> ballots, String meeting, @Nullable LocalDate date,
                   @Nullable String number, @Nullable String decisionText) {
    }

    /** {@code date} (default today): the day the resolution is issued. */
    record Issue(@Nullable LocalDate date) {
    }

    record Withdraw(@Nullable LocalDate date) {
    }
}
