package org.draftroom.voting;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VoteListingTest {
    private static final Map<String, String> NAMES = Map.of("CIV", "Côte d'Ivoire", "CRI", "Costa Rica", "TUR", "Türkiye",
            "TUN", "Tunisia", "AFG", "Afghanistan", "USA", "United States of America", "BLR", "Belarus");

    @Test
    void each_list_is_in_english_alphabetical_order_and_the_absent_are_not_listed() {
        VoteListing listing = VoteListing.of(Map.of("TUR", Ballot.YES, "CIV", Ballot.YES, "CRI", Ballot.YES, "TUN", Ballot.YES,
                "AFG", Ballot.YES, "USA", Ballot.NO, "BLR", Ballot.ABSENT), NAMES::get);
        assertThat(listing.inFavour()).containsExactly("Afghanistan", "Costa Rica", "Côte d'Ivoire", "Tunisia", "Türkiye");
        assertThat(listing.against()).containsExactly("United States of America");
        assertThat(listing.abstaining()).isEmpty();
        assertThat(listing.printed()).isEqualTo("""
                In favour:
                Afghanistan, Costa Rica, Côte d'Ivoire, Tunisia, Türkiye
                Against:
                United States of America
                Abstaining:
                None
                5 in favour, 1 against and 0 abstentions.""");
    }
}
