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
import org.draftroom.voting.Ballot;
import org.draftroom.voting.VoteListing;
import org.draftroom.document.model.VoteRecord;
import org.draftroom.draft.app.VoteProposers;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Locale;

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
    private final VoteProposers proposers;

    LifecyclePublicationFacts(ProcedureRecords records, DecisionStore decisions, CoSponsorship coSponsors,
                              MemberStates memberStates, VersionStore versions, @Nullable VoteProposers proposers) {
        this.versions = versions;
        this.proposers = proposers;
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
        List<VersionStore.VersionDating> dating = versions.dating(draft.id());
        OffsetDateTime until = dating.stream().filter(v -> v.number() > version.number())
                .map(VersionStore.VersionDating::createdAt).findFirst().orElse(OffsetDateTime.MAX);
        boolean sharesItsDate = dating.stream().anyMatch(v -> v.number() == version.number() && v.sharesItsDate());
        PublicationFacts.VotingOutcome outcome = null;
        List<DecisionStore.StoredDecision> all = decisions.forDraft(draft.id());
        for (DecisionStore.StoredDecision d : all) {
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
        List<VoteRecord> votes = votes(draft, all.stream().filter(d -> d.recordedAt().isBefore(until)).toList(), meetings);
        return new PublicationFacts(symbol, steps, outcome != null ? outcome : fromTheText.outcome(), List.copyOf(sponsors),
                new PublicationFacts.Version(version.number(), sharesItsDate), votes);
    }

    @Override
    @ReadOnly
    public String jobNumber(Draft draft, StoredVersion version) {
        return records.symbols(draft.id()).stream().filter(s -> s.versionNumber() == version.number())
                .map(ProcedureRecords.SymbolIssued::jobNumber).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Every decision taken on the draft, as its documents report it: the draft, amendments (with their proposer
     * and group), divisions, motions and the plenary; for a recorded vote, who voted how, with the names the
     * States bore on the day of the vote.
     */
    private List<VoteRecord> votes(Draft draft, List<DecisionStore.StoredDecision> taken,
                                   Map<Long, ProcedureRecords.MeetingDecision> meetings) {
        if (taken.isEmpty()) {
            return List.of();
        }
        boolean recorded = taken.stream().anyMatch(d -> d.decision().tally() != null);
        boolean onAmendments = taken.stream().anyMatch(d -> "AMENDMENT".equals(d.subjectType()));
        Map<Long, Map<String, Ballot>> ballots = recorded ? decisions.ballotsOfDraft(draft.id()) : Map.of();
        Map<String, String> amendmentProposers = proposers == null || !onAmendments ? Map.of() : proposers.ofAmendments(draft);
        List<VoteRecord> out = new ArrayList<>();
        for (DecisionStore.StoredDecision d : taken) {
            ProcedureRecords.MeetingDecision m = meetings.get(d.id());
            LocalDate day = m == null ? null : m.decidedOn();
            String kind = d.subjectType().toLowerCase(Locale.ROOT);
            String subject = d.subjectRef() != null ? d.subjectRef() : draft.symbol() != null ? draft.symbol() : "draft " + draft.id();
            String proposer = "amendment".equals(kind) ? amendmentProposers.get(d.subjectRef()) : null;
            Tally t = d.decision().tally();
            VoteListing listing = ballots.containsKey(d.id()) ? VoteListing.of(ballots.get(d.id()),
                    code -> day == null ? memberStates.nameInSession(code, draft.session()) : memberStates.nameOn(code, day)) : null;
            out.add(new VoteRecord(kind, subject, proposer, day, m == null ? null : m.meeting(), d.decision().adopted(), t != null,
                    t == null ? 0 : t.yes(), t == null ? 0 : t.no(), t == null ? 0 : t.abstain(),
                    listing == null ? List.of() : listing.inFavour(), listing == null ? List.of() : listing.against(),
                    listing == null ? List.of() : listing.abstaining()));
        }
        return out;
    }
}
