package org.draftroom.lifecycle;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.Arrays;
import java.util.List;

/**
 * Who may take which step of the procedure, and when. A caller who may never take a step on this
 * draft (wrong role, not a main sponsor) is refused with 403; a step the stage does not allow
 * now is refused with 409, naming the stage and the steps the caller may take instead. The steps on
 * the list of co-sponsors ask the co-sponsorship rule, through the procedure's {@link CoSponsorshipRule}.
 */
public final class ActionPolicy {
    private final CoSponsorshipRule coSponsorship;

    public ActionPolicy(CoSponsorshipRule coSponsorship) {
        this.coSponsorship = coSponsorship;
    }

    /** The role and ownership rule alone, whatever the stage. */
    public boolean mayAct(LifecycleAction action, DraftFacts draft, Caller caller) {
        return switch (action.actor()) {
            case SECRETARIAT -> caller.is(Role.SECRETARIAT);
            case MAIN_SPONSOR -> caller.is(Role.DELEGATE) && draft.isMainSponsor(caller.memberState());
            case MAIN_SPONSOR_OR_SECRETARIAT -> caller.is(Role.SECRETARIAT)
                    || caller.is(Role.DELEGATE) && draft.isMainSponsor(caller.memberState());
            case CO_SPONSOR -> coSponsorship.maySponsor(caller, draft.isMainSponsor(caller.memberState()));
        };
    }

    /** The stage rule alone, whoever asks. */
    public boolean stageAllows(LifecycleAction action, DraftFacts draft) {
        if (action.changesTheListOfCoSponsors()) {
            return coSponsorship.listMayChange(draft.stage(), draft.coSponsorshipOpen());
        }
        if (!action.stages().contains(draft.stage())) {
            return false;
        }
        return switch (action) {
            case RECORD_ACTION -> !draft.plenaryDraft();
            case RECORD_PLENARY_DECISION -> draft.stage() == Stage.REPORTED || draft.plenaryDraft();
            default -> true;
        };
    }

    /** Whether the step is offered to this caller at all (joining to a State not on the list, leaving to one on it). */
    private boolean offered(LifecycleAction action, DraftFacts draft, Caller caller) {
        return switch (action) {
            case JOIN_CO_SPONSORSHIP -> coSponsorship.offersJoining(caller, draft.coSponsors());
            case LEAVE_CO_SPONSORSHIP -> coSponsorship.offersLeaving(caller, draft.coSponsors());
            default -> true;
        };
    }

    /** In {@code allowedActions} beside {@code table}: the caller may give the symbol itself when tabling. */
    public static final String GIVE_SYMBOL = "give-symbol";

    /** Only the secretariat gives a draft its symbol; others table it under the next free one. */
    public static boolean givesSymbols(Caller caller) {
        return caller.is(Role.SECRETARIAT);
    }

    /** The steps the caller may take now, in the order of the procedure. */
    public List<String> allowed(DraftFacts draft, Caller caller) {
        List<String> steps = Arrays.stream(LifecycleAction.values())
                .filter(a -> mayAct(a, draft, caller) && stageAllows(a, draft) && offered(a, draft, caller))
                .map(LifecycleAction::printed)
                .toList();
        if (steps.contains(LifecycleAction.TABLE.printed()) && givesSymbols(caller)) {
            List<String> withSymbol = new java.util.ArrayList<>(steps);
            withSymbol.add(withSymbol.indexOf(LifecycleAction.TABLE.printed()) + 1, GIVE_SYMBOL);
            return List.copyOf(withSymbol);
        }
        return steps;
    }

    /** Refuses the step unless the caller may take it now. */
    public void check(LifecycleAction action, DraftFacts draft, Caller caller) {
        if (!mayAct(action, draft, caller)) {
            throw Refusal.forbidden(switch (action.actor()) {
                case SECRETARIAT -> "Only the secretariat may " + action.printed() + ".";
                case MAIN_SPONSOR -> "Only a delegate of a main sponsor may " + action.printed() + ".";
                case MAIN_SPONSOR_OR_SECRETARIAT -> "Only the secretariat or a delegate of a main sponsor may "
                        + action.printed() + ".";
                case CO_SPONSOR -> coSponsorship.whyNot(caller, action.printed());
            });
        }
        if (!stageAllows(action, draft)) {
            boolean listClosed = action.changesTheListOfCoSponsors()
                    ? coSponsorship.listClosedEarly(draft.stage(), draft.coSponsorshipOpen())
                    : action.stages().contains(draft.stage()) && !draft.coSponsorshipOpen();
            String detail = listClosed
                    ? "The list of co-sponsors is closed; " + action.printed() + " is no longer possible."
                    : "A draft in stage " + draft.stage() + " does not allow " + action.printed() + ".";
            throw new Refusal(Refusal.Kind.CONFLICT, listClosed ? "co-sponsorship-closed" : "stage-does-not-allow",
                    "Not allowed in this stage", detail)
                    .with("stage", draft.stage().name())
                    .with("action", action.printed())
                    .with("allowedActions", allowed(draft, caller));
        }
    }
}
