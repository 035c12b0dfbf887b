package org.draftroom.amendment.action.app;

import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Refusal;
import org.draftroom.voting.BallotSheet;
import org.draftroom.voting.Decision;
import org.draftroom.voting.RecordedVote;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the Committee decided one question: without a vote ({@code adopted} true or false), or by a
 * recorded vote with each Member State's ballot by alpha-3 code (States not listed are absent); on
 * which day ({@code date}, default today) and at which meeting ("45th meeting"). {@code committeeDecision}:
 * the Committee's decision to vote on this item out of the saved order of voting, as the record states it.
 */
public record VoteRequest(String method, Boolean adopted, Map<String, String> ballots, java.time.LocalDate date, String meeting,
                          String committeeDecision) {

    public VoteRequest(String method, Boolean adopted, Map<String, String> ballots) {
        this(method, adopted, ballots, null, null, null);
    }

    /** The decision, and the recorded vote when there was one (else null). */
    public record Outcome(Decision decision, RecordedVote vote) {
        public Map<String, Object> payload() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("decision", decision.describe());
            if (decision.tally() != null) {
                p.put("votes", vote == null ? Map.of("yes", decision.tally().yes(), "no", decision.tally().no(), "abstain",
                        decision.tally().abstain()) : vote.forRecord(decision.tally()));
            }
            return p;
        }
    }

    public Outcome outcome(MemberStates states) {
        String m = method == null ? "" : method.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (m) {
            case "WITHOUT_VOTE" -> {
                boolean yes = adopted == null || adopted;
                return new Outcome(yes ? Decision.withoutVote() : new Decision(org.draftroom.voting.VotingMethod.WITHOUT_VOTE, false, null), null);
            }
            case "RECORDED_VOTE" -> {
                Set<String> voters = states.all().stream().filter(s -> !s.observer()).map(MemberState::code)
                        .collect(Collectors.toUnmodifiableSet());
                RecordedVote vote = BallotSheet.read(ballots, voters);
                return new Outcome(Decision.byRecordedVote(vote.tally(voters.size())), vote);
            }
            default -> throw Refusal.unprocessable("unknown-method", "method must be WITHOUT_VOTE or RECORDED_VOTE");
        }
    }
}
