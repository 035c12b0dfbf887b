package org.draftroom.sponsorship;

import jakarta.inject.Singleton;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.CoSponsorshipRule;
import org.draftroom.shared.Caller;
import org.draftroom.sponsorship.model.CoSponsorshipPolicy;

import java.util.Set;

/** Answers the procedure's {@link CoSponsorshipRule} with the co-sponsorship rule, {@link CoSponsorshipPolicy}. */
@Singleton
public class CoSponsorshipPolicyForTheProcedure implements CoSponsorshipRule {
    @Override
    public boolean listMayChange(Stage stage, boolean listOpen) {
        return CoSponsorshipPolicy.listMayChange(stage, listOpen);
    }

    @Override
    public boolean listClosedEarly(Stage stage, boolean listOpen) {
        return CoSponsorshipPolicy.listClosedEarly(stage, listOpen);
    }

    @Override
    public boolean maySponsor(Caller caller, boolean mainSponsor) {
        return CoSponsorshipPolicy.maySponsor(caller, mainSponsor);
    }

    @Override
    public String whyNot(Caller caller, String step) {
        return CoSponsorshipPolicy.whyNot(caller, step);
    }

    @Override
    public boolean offersJoining(Caller caller, Set<String> coSponsors) {
        return CoSponsorshipPolicy.offersJoining(caller, coSponsors);
    }

    @Override
    public boolean offersLeaving(Caller caller, Set<String> coSponsors) {
        return CoSponsorshipPolicy.offersLeaving(caller, coSponsors);
    }
}
