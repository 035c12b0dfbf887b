package org.draftroom.voting;

import org.draftroom.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BallotSheetTest {
    private static final Set<String> VOTERS = Set.of("FRA", "EGY", "BLR");

    private static Refusal refused(Map<String, String> ballots) {
        return catchThrowableOfType(() -> BallotSheet.read(ballots, VOTERS), Refusal.class);
    }

    @Test
    void reads_each_states_ballot_whatever_the_case_and_spaces() {
        Map<String, String> ballots = new LinkedHashMap<>();
        ballots.put(" fra", "yes ");
        ballots.put("EGY", "No");
        RecordedVote vote = BallotSheet.read(ballots, VOTERS);
        assertThat(vote.ballots()).containsExactlyInAnyOrderEntriesOf(Map.of("FRA", Ballot.YES, "EGY", Ballot.NO));
        assertThat(vote.tally(VOTERS.size()).yes()).isEqualTo(1);
    }

    @Test
    void no_ballots_an_observer_or_an_unknown_code_and_an_unknown_ballot_each_have_one_problem_type() {
        assertThat(refused(null).type()).isEqualTo("ballots-missing");
        assertThat(refused(Map.of()).type()).isEqualTo("ballots-missing");
        Refusal observer = refused(Map.of("VAT", "YES"));
        assertThat(observer.type()).isEqualTo("not-a-voter");
        assertThat(observer.details()).containsEntry("memberState", "VAT");
        assertThat(refused(Map.of("FRA", "MAYBE")).type()).isEqualTo("unknown-ballot");
        assertThat(refused(Map.of("FRA", "MAYBE")).kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
    }
}
