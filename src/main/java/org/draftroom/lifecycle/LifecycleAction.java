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
    /** When the list of co-sponsors may change and who joins: the co-sponsorship rule ({@link CoSponsorshipRule}). */
    JOIN_CO_SPONSORSHIP("join-co-sponsorship", Actor.CO_SPONSOR),
    LEAVE_CO_SPONSORSHIP("leave-co-sponsorship", Actor.CO_SPONSOR),
    SET_CO_SPONSORSHIP_DEADLINE("set-co-sponsorship-deadline", Actor.SECRETARIAT),
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
        /** Whoever the co-sponsorship rule lets join or leave the list ({@link CoSponsorshipRule#maySponsor}). */
        CO_SPONSOR
    }

    private final String printed;
    private final Actor actor;
    private final Set<Stage> stages;
    private final boolean changesTheListOfCoSponsors;

    LifecycleAction(String printed, Actor actor, Set<Stage> stages) {
        this.printed = printed;
        this.actor = actor;
        this.stages = stages;
        this.changesTheListOfCoSponsors = false;
    }

    /** A step on the list of co-sponsors: its stages are the co-sponsorship rule's. */
    LifecycleAction(String printed, Actor actor) {
        this.printed = printed;
        this.actor = actor;
        this.stages = Set.of();
        this.changesTheListOfCoSponsors = true;
    }

    /** The action's name in the API, such as {@code join-co-sponsorship}. */
    public String printed() {
        return printed;
    }

    public Actor actor() {
        return actor;
    }

    /** The stages the step is taken in; empty for the steps on the list of co-sponsors (the rule decides). */
    public Set<Stage> stages() {
        return stages;
    }

    /** Joining, leaving, setting the deadline: when they are possible is the co-sponsorship rule's. */
    public boolean changesTheListOfCoSponsors() {
        return changesTheListOfCoSponsors;
    }
}
