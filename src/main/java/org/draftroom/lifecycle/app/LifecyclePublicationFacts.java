package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.document.akn.PublicationFacts;
import org.draftroom.draft.app.PublicationFactsSource;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.CoSponsorship;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.voting.DecisionStore;
import org.draftroom.voting.Tally;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The procedural facts of a version, up to that version: the symbols it was tabled and revised
 * under, the Committee's and the plenary's decisions with their dates, and all its sponsors.
 */
@Singleton
class LifecyclePublicationFacts implements PublicationFactsSource {
    private final ProcedureRecords records;
    private final DecisionStore decisions;
    private final CoSponsorship coSponsors;
    private final MemberStates memberStates;
    private final VersionStore versions;

    LifecyclePublicationFacts(ProcedureRecords records, DecisionStore decisions, CoSponsorship coSponsors,
                              MemberStates memberStates, VersionStore versions) {
        this.versions = versions;
        this.records = records;
        this.decisions = decisions;
        this.coSponsors = coSponsors;
        this.memberStates = memberStates;
    }

    @Override
    @ReadOnly
    public PublicationFacts of(Draft draft, StoredVersion version, PublicationFacts fromTheText) {
        List<PublicationFacts.WorkflowStep> steps = new ArrayList<>(fromTheText.steps());
        String symbol = fromTheText.symbol();
        for (ProcedureRecords.SymbolIssued issued : records.symbols(draft.id())) {
            if (issued.versionNumber() > version.number()) {
                continue;
            }
            String name = VersionKind.TABLED.name().equals(issued.kind()) ? "draftResolution" : "revisedDraftResolution";
            steps.add(new PublicationFacts.WorkflowStep(name, issued.symbol(), issued.issuedOn()));
            if (symbol == null || !symbol.startsWith("A/RES/")) {
                symbol = issued.symbol();
            }
        }
        Map<Long, ProcedureRecords.MeetingDecision> meetings = records.meetings(draft.id()).stream()
                .collect(Collectors.toMap(ProcedureRecords.MeetingDecision::decisionId, Function.identity(), (a, b) -> a));
        // A version tells the decisions taken on it: those recorded before the next version existed.
        OffsetDateTime until = versions.list(draft.id()).stream().filter(v -> v.number() > version.number())
                .map(VersionStore.VersionSummary::createdAt).findFirst().orElse(OffsetDateTime.MAX);
        PublicationFacts.VotingOutcome outcome = null;
        for (DecisionStore.StoredDecision d : decisions.forDraft(draft.id())) {
            if (!"DRAFT".equals(d.subjectType()) && !"PLENARY".equals(d.subjectType()) || !d.recordedAt().isBefore(until)) {
                continue;
            }
            ProcedureRecords.MeetingDecision meeting = meetings.get(d.id());
            var date = meeting != null ? meeting.decidedOn() : d.recordedAt().toLocalDate();
            boolean plenary = "PLENARY".equals(d.subjectType());
            String name = plenary ? (d.decision().adopted() ? "adopted" : "rejected") : "committeeAction";
            String reference = plenary && meeting != null && meeting.resolutionNumber() != null
                    ? "A/RES/" + meeting.resolutionNumber() : meeting == null ? null : meeting.meeting();
            if (steps.stream().noneMatch(s -> s.name().equals(name) && s.date().equals(date))) {
                steps.add(new PublicationFacts.WorkflowStep(name, reference, date));
            }
            if (d.decision().adopted()) {
                Tally t = d.decision().tally();
                outcome = t == null ? PublicationFacts.VotingOutcome.adoptedWithoutVote()
                        : PublicationFacts.VotingOutcome.recorded(t.yes(), t.no(), t.abstain());
            }
        }
        Set<String> sponsors = new LinkedHashSet<>(fromTheText.sponsors());
        draft.mainSponsors().stream().map(memberStates::nameOf).forEach(sponsors::add);
        coSponsors.coSponsors(draft.id()).stream().map(memberStates::nameOf).forEach(sponsors::add);
        return new PublicationFacts(symbol, steps, outcome != null ? outcome : fromTheText.outcome(), List.copyOf(sponsors));
    }
}
