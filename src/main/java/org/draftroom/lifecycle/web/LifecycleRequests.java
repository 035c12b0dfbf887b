package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Nullable;
import org.draftroom.lifecycle.IssuedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bodies of the procedure's steps. Every field may be left out unless said otherwise. */
final class LifecycleRequests {
    private LifecycleRequests() {
    }

    /** {@code username} (required): a user with the FACILITATOR role. */
    record AssignFacilitator(String username) {
    }

    /** {@code date} of issue (default today); {@code symbol} only from the secretariat, such as "A/C.3/80/L.20". */
    record Table(@Nullable LocalDate date, @Nullable String symbol) {
    }

    record Revise(@Nullable LocalDate date) {
    }

    /** {@code paragraphs} (required): operative paragraphs, "OP5"; {@code statement} (required); {@code symbol}: "A/C.3/80/L.68". */
    record Pbi(@Nullable List<String> paragraphs, @Nullable String statement, @Nullable String symbol) {
    }

    record Defer(@Nullable LocalDate until, @Nullable String reason) {
    }

    /** {@code changes} (required): [{"paragraph": "OP5", "text": "..."}]; {@code memberState}: the main sponsor reading them out. */
    record OralRevision(@Nullable String memberState, @Nullable List<IssuedText.OralChange> changes) {
    }

    /**
     * {@code decision} (required): WITHOUT_VOTE, RECORDED_VOTE, NO_ACTION_MOTION or REJECTED;
     * {@code ballots} for a recorded vote: {"FRA": "YES", "BLR": "NO", ...}.
     */
    record Action(String decision, @Nullable Map<String, String> ballots, @Nullable String meeting, @Nullable LocalDate date) {
    }

    /** All required: {@code memberState} "FRA", {@code timing} BEFORE or AFTER, {@code text}. */
    record ExplanationOfVote(String memberState, String timing, String text) {
    }

    /** All required: {@code symbol} "A/80/463", {@code paragraph} 26, {@code recommendation} "IV". */
    record Report(String symbol, Integer paragraph, String recommendation) {
    }

    /** {@code decision} WITHOUT_VOTE, RECORDED_VOTE or REJECTED; {@code meeting} "53rd plenary meeting"; {@code date}. */
    record Plenary(String decision, @Nullable Map<String, String> ballots, String meeting, @Nullable LocalDate date) {
    }
}
