package org.draftroom.agreedlanguage.engine;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.app.ClosingSilence;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The silence timer fired: closes the silence (thin delegate; the rule is in {@link ClosingSilence}). */
@Named("closingSilenceAtDeadline")
@Singleton
class ClosingSilenceAtDeadline implements JavaDelegate {
    private final ClosingSilence closing;

    ClosingSilenceAtDeadline(ClosingSilence closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.atDeadline(Ids.of(execution.getVariable("silenceId")));
    }
}
