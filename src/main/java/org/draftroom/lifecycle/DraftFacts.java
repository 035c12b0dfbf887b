package org.draftroom.lifecycle;

import org.draftroom.draft.model.Stage;

import java.util.List;
import java.util.Set;

/**
 * What the rules need to know of a draft to decide who may do what.
 *
 * @param mainSponsors      alpha-3 codes of the main sponsors
 * @param plenaryDraft      true when the draft goes straight to the plenary (no Main Committee)
 * @param coSponsorshipOpen false once the list of co-sponsors has closed (deadline, action, withdrawal)
 * @param coSponsors        alpha-3 codes of the co-sponsors
 */
public record DraftFacts(Stage stage, List<String> mainSponsors, boolean plenaryDraft, boolean coSponsorshipOpen,
                         Set<String> coSponsors) {
    public DraftFacts {
        mainSponsors = List.copyOf(mainSponsors);
        coSponsors = Set.copyOf(coSponsors);
    }

    public boolean isMainSponsor(String memberState) {
        return memberState != null && mainSponsors.contains(memberState);
    }
}
