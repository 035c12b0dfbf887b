package org.draftroom.sponsorship.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.draftroom.draft.model.Stage.CONSULTATIONS;
import static org.draftroom.draft.model.Stage.DEFERRED;
import static org.draftroom.draft.model.Stage.TABLED;

/**
 * The co-sponsorship rule: who may join or leave a draft's list of co-sponsors, and when.
 * <ul>
 *   <li>The list changes (joining, leaving, setting its deadline) from the moment the draft exists
 *   until the Committee takes action, while it is not closed (deadline, opening of action,
 *   withdrawal).</li>
 *   <li>A delegate of a Member State that is not a main sponsor joins or leaves, for its own State
 *   only; a main sponsor is a sponsor already; observer States do not sponsor.</li>
 *   <li>Joining is offered to a State not on the list, leaving to one on it.</li>
 *   <li>A State that joins after the draft is tabled is recorded as joining after tabling.</li>
 * </ul>
 */
public final class CoSponsorshipPolicy {
    /** The stages in which the list of co-sponsors may change: before the Committee takes action. */
    public static final Set<Stage> LIST_STAGES = EnumSet.of(CONSULTATIONS, TABLED, DEFERRED);

    private CoSponsorshipPolicy() {
    }

    /** Whether the list may change now: a stage before action and a list not closed. */
    public static boolean listMayChange(Stage stage, boolean listOpen) {
        return LIST_STAGES.contains(stage) && listOpen;
    }

    /** Whether the stage would let the list change but the list has closed (refusals then say so). */
    public static boolean listClosedEarly(Stage stage, boolean listOpen) {
        return LIST_STAGES.contains(stage) && !listOpen;
    }

    /** Whether the caller may ever join or leave the list: a delegate whose State is not a main sponsor. */
    public static boolean maySponsor(Caller caller, boolean mainSponsor) {
        return caller.is(Role.DELEGATE) && !mainSponsor;
    }

    /** Why {@link #maySponsor} said no, for a 403 naming the step ({@code join-co-sponsorship}). */
    public static String whyNot(Caller caller, String step) {
        return caller.is(Role.DELEGATE)
                ? "A main sponsor is a sponsor already; it cannot " + step + "."
                : "Only a delegate, for its own State, may " + step + ".";
    }

    /** Joining is offered to a State that is not a co-sponsor yet. */
    public static boolean offersJoining(Caller caller, Set<String> coSponsors) {
        return !coSponsors.contains(caller.memberState());
    }

    /** Leaving is offered to a State that is a co-sponsor. */
    public static boolean offersLeaving(Caller caller, Set<String> coSponsors) {
        return coSponsors.contains(caller.memberState());
    }

    /** Only Member States sponsor draft resolutions: an observer State (or an unknown one) is refused. */
    public static void checkMayBeSponsor(boolean memberState) {
        if (!memberState) {
            throw Refusal.forbidden("Only Member States sponsor draft resolutions.");
        }
    }

    /** A delegate withdraws only its own State's co-sponsorship. */
    public static void checkLeavesForItsOwnState(Caller caller, String memberState) {
        if (!caller.actsFor(memberState)) {
            throw Refusal.forbidden("A delegate withdraws only its own State's co-sponsorship.");
        }
    }

    /** A State joining in any stage but consultations joins after the draft was tabled. */
    public static boolean joinsAfterTabling(Stage stage) {
        return stage != CONSULTATIONS;
    }
}
