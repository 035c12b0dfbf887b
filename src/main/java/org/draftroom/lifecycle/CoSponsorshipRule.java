package org.draftroom.lifecycle;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;

import java.util.Set;

/**
 * The co-sponsorship rule as {@link ActionPolicy} asks it, through this interface that the procedure
 * owns and the sponsorship feature answers (with {@code sponsorship.model.CoSponsorshipPolicy}): the
 * procedure does not depend on sponsorship, sponsorship depends on the procedure.
 */
public interface CoSponsorshipRule {
    /** Whether the list of co-sponsors may change now (joining, leaving, setting its deadline). */
    boolean listMayChange(Stage stage, boolean listOpen);

    /** Whether the stage would let the list change but the list has closed. */
    boolean listClosedEarly(Stage stage, boolean listOpen);

    /** Whether the caller may ever join or leave the list of this draft. */
    boolean maySponsor(Caller caller, boolean mainSponsor);

    /** Why the caller may not take the step ({@code join-co-sponsorship}, {@code leave-co-sponsorship}). */
    String whyNot(Caller caller, String step);

    boolean offersJoining(Caller caller, Set<String> coSponsors);

    boolean offersLeaving(Caller caller, Set<String> coSponsors);
}
