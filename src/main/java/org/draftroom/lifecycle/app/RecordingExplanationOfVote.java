package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The secretariat attaches a State's explanation of vote, given before or after the vote (rule 128). */
@Singleton
public class RecordingExplanationOfVote {
    private final DatingSteps dating;
    private final DraftSteps steps;
    private final ProcedureRecords records;
    private final Voters voters;

    RecordingExplanationOfVote(DraftSteps steps, ProcedureRecords records, Voters voters, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.records = records;
        this.voters = voters;
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, String memberState, String timing, String text,
                              java.time.LocalDate date, String meeting) {
        steps.begin(LifecycleAction.RECORD_EXPLANATION_OF_VOTE, draftId, ifMatch, caller);
        String state = memberState == null ? "" : memberState.trim().toUpperCase(Locale.ROOT);
        if (!voters.codes().contains(state)) {
            throw Refusal.unprocessable("not-a-voter", "'" + memberState + "' is not a Member State that votes");
        }
        String when = timing == null ? "" : timing.trim().toUpperCase(Locale.ROOT);
        if (!when.equals("BEFORE") && !when.equals("AFTER")) {
            throw Refusal.unprocessable("unknown-timing", "timing must be BEFORE or AFTER (the vote)");
        }
        if (text == null || text.isBlank()) {
            throw Refusal.unprocessable("text-missing", "Give the text of the explanation");
        }
        if (text.length() > 20_000) {
            throw Refusal.unprocessable("text-too-long", "An explanation of vote takes at most 20,000 characters");
        }
        DatingSteps.Dated dated = dating.date(draftId, "explanation of vote", date, meeting,
                org.draftroom.lifecycle.Meetings.Kind.COMMITTEE, false, caller.username());
        records.explanation(draftId, state, when, text.strip(), caller.username());
        steps.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memberState", state);
        payload.put("timing", when);
        dated.into(payload);
        steps.record(caller, "vote.explained", draftId, payload);
        return steps.reload(draftId);
    }
}
