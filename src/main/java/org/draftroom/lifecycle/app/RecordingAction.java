package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.BeforeCommitteeDecision;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.VoteTaking;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.voting.DecisionStore;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.draftroom.lifecycle.store.Motions;
import org.draftroom.shared.Refusal;

/**
 * The secretariat records the Committee's decision: the draft adopted without a vote, by recorded
 * vote (approved when Yes exceeds No) or rejected; or a motion for no action (rule 116) — adopted,
 * the draft gets no decision; rejected by recorded vote, the Committee goes on to decide.
 */
@Singleton
public class RecordingAction {
    private final DraftSteps steps;
    private final DecisionStore decisions;
    private final ProcedureRecords records;
    private final Voters voters;
    private final List<BeforeCommitteeDecision> checks;
    private final DatingSteps dating;
    private final Motions motions;

    RecordingAction(DraftSteps steps, DecisionStore decisions, ProcedureRecords records, Voters voters,
                    List<BeforeCommitteeDecision> checks, DatingSteps dating, Motions motions) {
        this.dating = dating;
        this.motions = motions;
        this.steps = steps;
        this.decisions = decisions;
        this.records = records;
        this.voters = voters;
        this.checks = checks;
    }

    /** What the Committee decided, and at which meeting. */
    public record ActionTaken(String decision, Map<String, String> ballots, String meeting, LocalDate date) {
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, ActionTaken action) {
        Draft draft = steps.begin(LifecycleAction.RECORD_ACTION, draftId, ifMatch, caller);
        VoteTaking.Method method = VoteTaking.method(action.decision(), EnumSet.allOf(VoteTaking.Method.class));
        boolean motion = method == VoteTaking.Method.NO_ACTION_MOTION;
        Optional<Motions.Motion> moved = motions.firstPending(draftId);
        if (!motion && moved.isPresent()) {
            throw Refusal.conflict("vote-out-of-order", "The no-action motion " + moved.get().ref() + " moved by "
                    + moved.get().memberState() + " is voted on before the draft (rule 116)").with("first", moved.get().ref());
        }
        checks.forEach(check -> check.check(draft, motion ? BeforeCommitteeDecision.Subject.NO_ACTION_MOTION
                : BeforeCommitteeDecision.Subject.PROPOSAL));
        VoteTaking.Taken taken = VoteTaking.take(method, action.ballots(), voters.codes());
        DatingSteps.Dated dated = dating.date(draftId, motion ? "vote on the no-action motion" : "action on the draft",
                action.date(), action.meeting(), Meetings.Kind.COMMITTEE, false, caller.username());
        long decisionId = decisions.record(draftId, motion ? "MOTION" : "DRAFT", motion ? "no-action" : draft.symbol(),
                taken.decision(), taken.vote(), caller.username());
        records.meeting(draftId, new ProcedureRecords.MeetingDecision(decisionId, dated.meeting(), dated.on(), null));
        moved.filter(m -> motion).ifPresent(m -> motions.settle(draftId, m.number(), taken.decision().adopted()));
        Stage next = motion
                ? (taken.decision().adopted() ? Stage.NO_ACTION : Stage.IN_ACTION)
                : (taken.decision().adopted() ? Stage.APPROVED_BY_COMMITTEE : Stage.REJECTED_BY_COMMITTEE);
        Draft after = next == Stage.IN_ACTION ? touched(draft) : steps.move(draft, next, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("subject", motion ? "no-action motion" : "draft");
        moved.filter(m -> motion).ifPresent(m -> {
            payload.put("motion", m.ref());
            payload.put("memberState", m.memberState());
        });
        payload.put("decision", motion ? "no-action motion " + taken.outcome() : taken.outcome());
        if (!taken.votes().isEmpty()) {
            payload.put("votes", taken.votes());
        }
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("stage", next.name());
        dated.into(payload);
        steps.record(caller, "action.recorded", draftId, payload);
        return after;
    }

    private Draft touched(Draft draft) {
        steps.touch(draft.id());
        return steps.reload(draft.id());
    }
}
