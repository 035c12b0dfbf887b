package org.draftroom.amendment.model;

import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.Set;

/**
 * Who may do what with amendments, and when: named policies on the draft's stage and the caller.
 */
public final class AmendmentRules {
    public static final Set<Stage> TERMINAL = Set.of(Stage.APPROVED_BY_COMMITTEE, Stage.REJECTED_BY_COMMITTEE, Stage.NO_ACTION,
            Stage.WITHDRAWN, Stage.REPORTED, Stage.ADOPTED, Stage.REJECTED_IN_PLENARY);

    private AmendmentRules() {
    }

    /** Informal in consultations, written once tabled (or deferred), oral at action; nothing in a terminal stage. */
    public static AmendmentKind kindForStage(Stage stage) {
        return switch (stage) {
            case CONSULTATIONS -> AmendmentKind.INFORMAL;
            case TABLED, DEFERRED -> AmendmentKind.WRITTEN;
            case IN_ACTION -> AmendmentKind.ORAL;
            default -> throw stageRefuses(stage, "no amendment can be proposed");
        };
    }

    /** Only a delegate proposes, for its own State. */
    public static String proposerMustBeADelegate(Caller caller) {
        if (!caller.is(Role.DELEGATE)) {
            throw Refusal.forbidden("Only a delegate proposes amendments, for its own State");
        }
        return caller.memberState();
    }

    /**
     * In consultations the draft's facilitator (or the secretariat) reviews; after tabling the main
     * sponsors do; at action the Committee decides by vote.
     */
    public static void mayReview(Draft draft, Caller caller) {
        switch (draft.stage()) {
            case CONSULTATIONS -> {
                boolean facilitator = caller.is(Role.FACILITATOR) && caller.username().equals(draft.facilitator());
                if (!facilitator && !caller.is(Role.SECRETARIAT)) {
                    throw Refusal.forbidden("During consultations the draft's facilitator decides on proposals");
                }
            }
            case TABLED, DEFERRED -> {
                if (!draft.hasMainSponsor(caller.memberState())) {
                    throw Refusal.forbidden("After tabling the main sponsors decide whether to revise their text");
                }
            }
            default -> throw stageRefuses(draft.stage(), "amendments are decided by vote, not reviewed");
        }
    }

    /** The author's State (its delegates) may withdraw a pending amendment. */
    public static void mayWithdraw(Amendment amendment, Caller caller) {
        if (!caller.actsFor(amendment.memberState())) {
            throw Refusal.forbidden("Only the delegation that proposed " + amendment.reference() + " may withdraw it");
        }
    }

    public static void mustBePending(Amendment amendment) {
        if (!amendment.status().isOpen()) {
            throw Refusal.conflict("amendment-not-pending", amendment.reference() + " is " + amendment.status().name().toLowerCase()
                    + ", no longer pending").with("amendment", amendment.number()).with("status", amendment.status().name());
        }
    }

    /** A delegation requests a division (rule 129); the secretariat may record a request made from the floor. */
    public static boolean mayRequestDivision(Caller caller) {
        return caller.is(Role.DELEGATE) || caller.is(Role.SECRETARIAT);
    }

    public static void secretariatOnly(Caller caller, String what) {
        if (!caller.is(Role.SECRETARIAT)) {
            throw Refusal.forbidden("Only the secretariat " + what);
        }
    }

    public static void stageMustBe(Stage stage, Stage wanted, String what) {
        if (stage != wanted) {
            throw stageRefuses(stage, what + " only at " + wanted);
        }
    }

    public static Refusal stageRefuses(Stage stage, String why) {
        return new Refusal(Refusal.Kind.CONFLICT, "stage-does-not-allow", "Not at this stage",
                "The draft is at stage " + stage + ": " + why).with("stage", stage.name());
    }
}
