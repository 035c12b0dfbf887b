package org.draftroom.voting;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    @Test
    void abstentions_do_not_count_as_voting_so_yes_must_exceed_no() {
        assertThat(new Tally(56, 89, 12, 36).adopted()).isFalse();
        assertThat(new Tally(10, 9, 150, 24).adopted()).isTrue();
        assertThat(new Tally(50, 50, 10, 83).adopted()).as("a tie rejects").isFalse();
    }

    @Test
    void a_recorded_vote_counts_unlisted_states_as_absent() {
        RecordedVote vote = new RecordedVote(Map.of("FRA", Ballot.YES, "RUS", Ballot.NO, "PER", Ballot.ABSTAIN, "BLR", Ballot.ABSENT));
        Tally tally = vote.tally(193);
        assertThat(tally).isEqualTo(new Tally(1, 1, 1, 190));
        assertThat(Decision.byRecordedVote(new Tally(56, 89, 12, 36)).describe())
                .isEqualTo("rejected by a recorded vote of 56 to 89, with 12 abstentions");
        assertThat(Decision.withoutVote().describe()).isEqualTo("adopted without a vote");
    }
}
