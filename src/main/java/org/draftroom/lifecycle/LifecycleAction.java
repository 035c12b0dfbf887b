package org.draftroom.lifecycle;

import org.draftroom.draft.model.Stage;

import java.util.EnumSet;
import java.util.Set;

import static org.draftroom.draft.model.Stage.ADOPTED;
import static org.draftroom.draft.model.Stage.APPROVED_BY_COMMITTEE;
import static org.draftroom.draft.model.Stage.CONSULTATIONS;
import static org.draftroom.draft.model.Stage.DEFERRED;
import static org.draftroom.draft.model.Stage.IN_ACTION;
import static org.draftroom.draft.model.Stage.NO_ACTION;
import static org.draftroom.draft.model.Stage.REJECTED_BY_COMMITTEE;
import static org.draftroom.draft.model.Stage.REPORTED;
import static org.draftroom.draft.model.Stage.TABLED;

/**
 * Every step of the procedure a caller can take, with who may take it and in which stages.
 * The names are those of {@code allowedActions} in a draft's JSON.
 */
public enum LifecycleAction {
    ASSIGN_FACILITATOR("assign-facilitator", Actor.MAIN_SPONSOR_OR_SECRETARIAT, EnumSet.of(CONSULTATIONS, TABLED)),
    TABLE("table", Actor.MAIN_SPONSOR_OR_SECRETARIAT, EnumSet.of(CONSULTATIONS)),
    REVISE("revise", Actor.MAIN_SPONSOR, EnumSet.of(TABLED, DEFERRED)),
    WITHDRAW("withdraw", Actor.MAIN_SPONSOR, EnumSet.of(CONSULTATIONS, TABLED, DEFERRED, IN_ACTION)),
    JOIN_CO_SPONSORSHIP("join-co-sponsorship", Actor.OTHER_DELEGATE, EnumSet.of(CONSULTATIONS, TABLED, DEFERRED)),
    LEAVE_CO_SPONSORSHIP("leave-co-sponsorship", Actor.OTHER_DELEGATE, EnumSet.of(CONSULTATIONS, TABLED, DEFERRED)),
    SET_CO_SPONSORSHIP_DEADLINE("set-co-sponsorship-deadline", Actor.SECRETARIAT, EnumSet.of(CONSULTATIONS, TABLED, DEFERRED)),
    RECORD_PBI("record-pbi", Actor.SECRETARIAT, EnumSet.of(TABLED, DEFERRED, IN_ACTION)),
    DEFER("defer", Actor.SECRETARIAT, EnumSet.of(TABLED, IN_ACTION)),
    OPEN_ACTION("open-action", Actor.SECRETARIAT, EnumSet.of(TABLED, DEFERRED)),
    RECORD_ORAL_REVISION("record-oral-revision", Actor.SECRETARIAT, EnumSet.of(IN_ACTION)),
    RECORD_ACTION("record-action", Actor.SECRETARIAT, EnumSet.of(IN_ACTION)),
    RECORD_EXPLANATION_OF_VOTE("record-explanation-of-vote", Actor.SECRETARIAT,
            EnumSet.of(IN_ACTION, APPROVED_BY_COMMITTEE, REJECTED_BY_COMMITTEE, NO_ACTION)),
    RECORD_REPORT("record-report", Actor.SECRETARIAT, EnumSet.of(APPROVED_BY_COMMITTEE)),
    /** In REPORTED; for plenary drafts (no committee) directly in IN_ACTION. */
    RECORD_PLENARY_DECISION("record-plenary-decision", Actor.SECRETARIAT, EnumSet.of(REPORTED, IN_ACTION)),
    /** The day the resolution is issued ("Distr.: General" and that date). */
    RECORD_ISSUE("record-issue", Actor.SECRETARIAT, EnumSet.of(ADOPTED));

    /** Who may take an action. */
    public enum Actor {
        SECRETARIAT,
        /** A delegate of one of the draft's main sponsors. */
        MAIN_SPONSOR,
        MAIN_SPONSOR_OR_SECRETARIAT,
        /** A delegate of a Member State that is not a main sponsor, acting for its own State. */
        OTHER_DELEGATE
    }

    private final String printed;
    private final Actor actor;
    private final Set<Stage> stages;

    LifecycleAction(String printed, Actor actor, Set<Stage> stages) {
        this.printed = printed;
        this.actor = actor;
        this.stages = stages;
    }

    /** The action's name in the API, such as {@code join-co-sponsorship}. */
    public String printed() {
        return printed;
    }

    public Actor actor() {
        return actor;
    }

    public Set<Stage> stages() {
        return stages;
    }
}
