package org.draftroom.amendment.model;

import org.draftroom.draft.model.Stage;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a caller may do with one amendment now: the names of the amendment's {@code allowedActions},
 * so that a client shows just those buttons. Each follows the rule its use case enforces.
 */
public final class AmendmentActions {
    /** The proposing State's delegates withdraw their pending amendment. */
    public static final String WITHDRAW = "withdraw";
    /** A Member State (not an observer, not the proposer) joins another State's pending amendment. */
    public static final String CO_SPONSOR = "co-sponsor";
    /** A co-sponsoring State leaves the pending amendment. */
    public static final String LEAVE_CO_SPONSORSHIP = "leave-co-sponsorship";
    /** The secretariat issues a pending written amendment under its own symbol. */
    public static final String ISSUE_SYMBOL = "issue-symbol";
    /**
     * A delegation proposes a sub-amendment to another State's pending amendment (a sub-amendment is not
     * amended in turn; a State changes its own amendment by withdrawing it and proposing anew).
     */
    public static final String AMEND = "amend";

    private static final Set<Stage> PROPOSING = Set.of(Stage.CONSULTATIONS, Stage.TABLED, Stage.DEFERRED, Stage.IN_ACTION);

    private AmendmentActions() {
    }

    /**
     * @param stage                  the draft's stage
     * @param callerIsAMemberState   whether the caller acts for a Member State (observer States co-sponsor nothing)
     */
    public static List<String> allowed(Stage stage, Amendment a, Caller caller, boolean callerIsAMemberState) {
        List<String> actions = new ArrayList<>();
        if (!a.status().isOpen()) {
            return actions;
        }
        boolean own = caller.actsFor(a.memberState());
        if (own) {
            actions.add(WITHDRAW);
        }
        if (callerIsAMemberState && !own) {
            actions.add(a.cosponsors().contains(caller.memberState()) ? LEAVE_CO_SPONSORSHIP : CO_SPONSOR);
        }
        if (caller.is(Role.DELEGATE) && !own && !a.isSubAmendment() && PROPOSING.contains(stage)) {
            actions.add(AMEND);
        }
        if (caller.is(Role.SECRETARIAT) && a.kind() == AmendmentKind.WRITTEN && a.symbol() == null) {
            actions.add(ISSUE_SYMBOL);
        }
        return List.copyOf(actions);
    }
}
