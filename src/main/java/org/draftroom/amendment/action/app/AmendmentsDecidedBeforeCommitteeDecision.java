package org.draftroom.amendment.action.app;

import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.BeforeCommitteeDecision;
import org.draftroom.shared.Refusal;

import java.util.List;

/** The Committee decides on a draft only once every amendment and request for division at action is decided. */
@Singleton
class AmendmentsDecidedBeforeCommitteeDecision implements BeforeCommitteeDecision {
    private final ActionAgenda agenda;

    AmendmentsDecidedBeforeCommitteeDecision(ActionAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public void check(Draft draft, Subject subject) {
        if (subject == Subject.NO_ACTION_MOTION) {
            return;
        }
        List<String> undecided = agenda.undecided(draft.id());
        if (!undecided.isEmpty()) {
            throw Refusal.conflict("amendments-undecided", "Amendments and divisions are voted on before the draft itself: "
                    + String.join(", ", undecided) + " still to vote").with("undecided", undecided);
        }
    }
}
