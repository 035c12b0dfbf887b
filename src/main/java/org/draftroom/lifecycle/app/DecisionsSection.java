package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.voting.Ballot;
import org.draftroom.voting.DecisionStore;
import org.draftroom.voting.Tally;
import org.draftroom.voting.VoteListing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "decisions" in a draft's JSON: every decision so far, explanations of vote, the report, the resolution. */
@Singleton
class DecisionsSection implements DraftSection {
    private final DecisionStore decisions;
    private final ProcedureRecords records;
    private final MemberStates memberStates;

    DecisionsSection(DecisionStore decisions, ProcedureRecords records, MemberStates memberStates) {
        this.decisions = decisions;
        this.records = records;
        this.memberStates = memberStates;
    }

    /**
     * {@code recordedVote}: who voted how (In favour, Against, Abstaining), names as of the day of the vote;
     * {@code decisionText}: for a plenary decision, its text under its number ({@code resolutionNumber}, "80/512").
     */
    record DecisionView(long id, String subjectType, String subjectRef, String method, boolean adopted, Tally tally,
                        String description, String meeting, LocalDate date, String resolutionNumber, VoteListing recordedVote,
                        String recordedVoteText, String decisionText) {
    }

    /** A plenary decision as the Official Records print it: "80/512" and its text. */
    record PlenaryDecisionView(String number, String text) {
    }

    record Explanation(String memberState, String memberStateName, String timing, String text) {
    }

    /** {@code decision}: the plenary decision under its number, when the draft became one. */
    record Decisions(List<DecisionView> decisions, List<Explanation> explanationsOfVote, ProcedureRecords.ReportEntry report,
                     String resolutionNumber, PlenaryDecisionView decision) {
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public Object describe(Draft draft, Caller caller) {
        Map<Long, ProcedureRecords.MeetingDecision> meetings = records.meetings(draft.id()).stream()
                .collect(Collectors.toMap(ProcedureRecords.MeetingDecision::decisionId, Function.identity()));
        Map<Long, Map<String, Ballot>> ballots = decisions.ballotsOfDraft(draft.id());
        List<DecisionView> all = decisions.forDraft(draft.id()).stream().map(d -> {
            ProcedureRecords.MeetingDecision m = meetings.get(d.id());
            LocalDate day = m == null ? null : m.decidedOn();
            VoteListing vote = ballots.containsKey(d.id())
                    ? VoteListing.of(ballots.get(d.id()), code -> day == null ? memberStates.nameInSession(code, draft.session())
                            : memberStates.nameOn(code, day)) : null;
            return new DecisionView(d.id(), d.subjectType(), d.subjectRef(), d.decision().method().name(), d.decision().adopted(),
                    d.decision().tally(), d.decision().describe(), m == null ? null : m.meeting(), day,
                    m == null ? null : m.resolutionNumber(), vote, vote == null ? null : vote.printed(),
                    m == null ? null : m.decisionText());
        }).toList();
        List<Explanation> explanations = records.explanations(draft.id()).stream()
                .map(e -> new Explanation(e.memberState(), memberStates.nameInSession(e.memberState(), draft.session()), e.timing(),
                        e.text())).toList();
        String resolution = meetings.values().stream().map(ProcedureRecords.MeetingDecision::resolutionNumber)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        PlenaryDecisionView decision = meetings.values().stream().filter(m -> m.decisionText() != null).findFirst()
                .map(m -> new PlenaryDecisionView(m.resolutionNumber(), m.decisionText())).orElse(null);
        return new Decisions(all, explanations, records.report(draft.id()).orElse(null), resolution, decision);
    }
}
