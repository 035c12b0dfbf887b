package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.DecisionText;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.ResolutionNumbers;
import org.draftroom.lifecycle.VoteTaking;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.voting.DecisionStore;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The secretariat records the plenary's decision. Adopted, a draft resolution takes the number the
 * plenary gave it (80/186) or, when none is given, the next free number of the session; its final
 * text, A/RES/80/186, is issued with the resolution heading and the meeting and date at its end.
 * A draft decision takes a decision number (80/512) the same way. A number already held in the
 * session is refused, naming the draft that holds it.
 */
@Singleton
public class RecordingPlenaryDecision {
    private final DraftSteps steps;
    private final VersionStore versions;
    private final DecisionStore decisions;
    private final ProcedureRecords records;
    private final NumberSeries numbers;
    private final Voters voters;
    private final DatingSteps dating;

    RecordingPlenaryDecision(DraftSteps steps, VersionStore versions, DecisionStore decisions, ProcedureRecords records,
                             NumberSeries numbers, Voters voters, DatingSteps dating) {
        this.steps = steps;
        this.versions = versions;
        this.decisions = decisions;
        this.records = records;
        this.numbers = numbers;
        this.voters = voters;
        this.dating = dating;
    }

    /**
     * The plenary's decision: WITHOUT_VOTE, RECORDED_VOTE (with ballots) or REJECTED; "53rd plenary meeting";
     * {@code number} "80/186" or "186" (null: the next free number of the session).
     */
    public record PlenaryDecision(String decision, Map<String, String> ballots, String meeting, LocalDate date, String number,
                                  String decisionText) {
        public PlenaryDecision(String decision, Map<String, String> ballots, String meeting, LocalDate date) {
            this(decision, ballots, meeting, date, null, null);
        }
    }

    /** The number the plenary would give next, without taking it. */
    public record ProposedNumber(String kind, String proposed, int lastGiven) {
    }

    @Transactional
    public ProposedNumber proposed(long draftId) {
        Draft draft = steps.reload(draftId);
        int session = session(draft);
        ResolutionNumbers.Kind kind = kind(draftId);
        String series = kind.series(session);
        return new ProposedNumber(kind.printed(), ResolutionNumbers.printed(session, numbers.peekNext(series)), numbers.last(series));
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, PlenaryDecision request) {
        Draft draft = steps.begin(LifecycleAction.RECORD_PLENARY_DECISION, draftId, ifMatch, caller);
        VoteTaking.Method method = VoteTaking.method(request.decision(),
                EnumSet.of(VoteTaking.Method.WITHOUT_VOTE, VoteTaking.Method.RECORDED_VOTE, VoteTaking.Method.REJECTED));
        int session = session(draft);
        ResolutionNumbers.Kind kind = kind(draftId);
        OptionalInt given = ResolutionNumbers.parse(request.number(), session, kind);
        VoteTaking.Taken taken = VoteTaking.take(method, request.ballots(), voters.codes());
        if (given.isPresent() && !taken.decision().adopted()) {
            throw Refusal.unprocessable("number-for-rejected", "Only an adopted " + kind.printed() + " takes a number");
        }
        DatingSteps.Dated dated = dating.date(draftId, DatingSteps.ADOPTED, request.date(), request.meeting(), Meetings.Kind.PLENARY,
                true, caller.username());
        LocalDate on = dated.on();
        String meeting = dated.meeting();
        long decisionId = decisions.record(draftId, "PLENARY", draft.symbol(), taken.decision(), taken.vote(), caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", taken.outcome());
        if (!taken.votes().isEmpty()) {
            payload.put("votes", taken.votes());
        }
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        dated.into(payload);
        Draft after;
        if (taken.decision().adopted()) {
            String number = number(kind, session, given);
            var report = records.report(draftId);
            String symbol = draft.symbol();
            if (kind == ResolutionNumbers.Kind.RESOLUTION) {
                Document current = versions.require(draftId, draft.currentVersion()).document();
                Document resolution = IssuedText.asResolution(current, new IssuedText.Resolution(number, on,
                        report.map(ProcedureRecords.ReportEntry::reportSymbol).orElse(null),
                        report.map(ProcedureRecords.ReportEntry::paragraph).orElse(null), meeting));
                symbol = resolution.metadata().effectiveSymbol();
                int version = versions.append(draftId, symbol, VersionKind.ADOPTED, resolution, caller.username());
                payload.put("version", version);
                payload.put("resolution", number);
                records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, meeting, on, number));
            } else {
                String text = DecisionText.of(request.decisionText(), versions.require(draftId, draft.currentVersion()).document());
                payload.put("decisionNumber", number);
                records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, meeting, on, number, text));
            }
            after = steps.move(draft, Stage.ADOPTED, symbol);
        } else {
            records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, meeting, on, null));
            after = steps.move(draft, Stage.REJECTED_IN_PLENARY, draft.symbol());
        }
        steps.record(caller, "plenary.recorded", draftId, payload);
        return after;
    }

    /** The number given (refused if another draft holds it in the session), or the next free one. */
    private String number(ResolutionNumbers.Kind kind, int session, OptionalInt given) {
        String series = kind.series(session);
        if (given.isEmpty()) {
            return ResolutionNumbers.printed(session, numbers.nextFree(series));
        }
        String number = ResolutionNumbers.printed(session, given.getAsInt());
        records.holderOf(number).ifPresent(holder -> {
            throw Refusal.conflict("number-taken", kind.printed().substring(0, 1).toUpperCase() + kind.printed().substring(1) + " number "
                    + number + " is already held by draft " + holder.draftId() + (holder.symbol() == null ? "" : " (" + holder.symbol() + ")"))
                    .with("number", number).with("draftId", holder.draftId()).with("symbol", holder.symbol());
        });
        numbers.take(series, given.getAsInt());
        return number;
    }

    private static int session(Draft draft) {
        if (draft.session() == null) {
            throw Refusal.unprocessable("no-session", "The draft names no session, so a resolution cannot be numbered");
        }
        return draft.session();
    }

    /** A draft the Committee's report recommends as a "draft decision" becomes a decision; any other a resolution. */
    private ResolutionNumbers.Kind kind(long draftId) {
        return records.report(draftId).map(ProcedureRecords.ReportEntry::recommendation)
                .filter(r -> r.startsWith("draft decision")).map(r -> ResolutionNumbers.Kind.DECISION)
                .orElse(ResolutionNumbers.Kind.RESOLUTION);
    }
}
