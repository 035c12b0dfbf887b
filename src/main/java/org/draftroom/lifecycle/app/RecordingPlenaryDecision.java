package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.VersionKind;
import org.draftroom.document.store.VersionStore;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Stage;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.VoteTaking;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.voting.DecisionStore;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat records the plenary's decision. Adopted, the resolution takes the next free
 * number of the session (80/186) and its final text, A/RES/80/186, is issued with the resolution
 * heading and the meeting and date at its end.
 */
@Singleton
public class RecordingPlenaryDecision {
    private final DraftSteps steps;
    private final VersionStore versions;
    private final DecisionStore decisions;
    private final ProcedureRecords records;
    private final NumberSeries numbers;
    private final Voters voters;

    RecordingPlenaryDecision(DraftSteps steps, VersionStore versions, DecisionStore decisions, ProcedureRecords records,
                             NumberSeries numbers, Voters voters) {
        this.steps = steps;
        this.versions = versions;
        this.decisions = decisions;
        this.records = records;
        this.numbers = numbers;
        this.voters = voters;
    }

    /** The plenary's decision: WITHOUT_VOTE, RECORDED_VOTE (with ballots) or REJECTED; "53rd plenary meeting". */
    public record PlenaryDecision(String decision, Map<String, String> ballots, String meeting, LocalDate date) {
    }

    @Transactional
    public DraftRecord record(Caller caller, long draftId, String ifMatch, PlenaryDecision request) {
        DraftRecord draft = steps.begin(LifecycleAction.RECORD_PLENARY_DECISION, draftId, ifMatch, caller);
        VoteTaking.Method method = VoteTaking.method(request.decision(),
                EnumSet.of(VoteTaking.Method.WITHOUT_VOTE, VoteTaking.Method.RECORDED_VOTE, VoteTaking.Method.REJECTED));
        if (draft.session() == null) {
            throw Refusal.unprocessable("no-session", "The draft names no session, so a resolution cannot be numbered");
        }
        String meeting = request.meeting() == null ? "" : request.meeting().trim();
        if (!meeting.matches("\\d+(st|nd|rd|th) plenary meeting")) {
            throw Refusal.unprocessable("no-meeting", "Give the meeting as printed, such as \"53rd plenary meeting\"");
        }
        LocalDate on = Today.orGiven(request.date());
        VoteTaking.Taken taken = VoteTaking.take(method, request.ballots(), voters.codes());
        long decisionId = decisions.record(draftId, "PLENARY", draft.symbol(), taken.decision(), taken.vote(), caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", taken.outcome());
        if (!taken.votes().isEmpty()) {
            payload.put("votes", taken.votes());
        }
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("date", on.toString());
        DraftRecord after;
        if (taken.decision().adopted()) {
            String series = Symbols.resolutionSeries(draft.session());
            String number = Symbols.resolutionNumber(draft.session(), numbers.nextFree(series));
            var report = records.report(draftId);
            Document current = versions.require(draftId, draft.currentVersion()).document();
            Document resolution = IssuedText.asResolution(current, new IssuedText.Resolution(number, on,
                    report.map(ProcedureRecords.ReportEntry::reportSymbol).orElse(null),
                    report.map(ProcedureRecords.ReportEntry::paragraph).orElse(null), meeting));
            String symbol = resolution.metadata().effectiveSymbol();
            int version = versions.append(draftId, symbol, VersionKind.ADOPTED, resolution, caller.username());
            records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, meeting, on, number));
            after = steps.move(draft, Stage.ADOPTED, symbol);
            payload.put("resolution", number);
            payload.put("version", version);
        } else {
            records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, meeting, on, null));
            after = steps.move(draft, Stage.REJECTED_IN_PLENARY, draft.symbol());
        }
        steps.record(caller, "plenary.recorded", draftId, payload);
        return after;
    }
}
