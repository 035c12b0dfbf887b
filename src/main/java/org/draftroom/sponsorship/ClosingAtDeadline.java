package org.draftroom.sponsorship;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The deadline timer fired: closes the list (thin delegate; the rule is in {@link ClosingCoSponsorship}). */
@Named("closingCoSponsorshipAtDeadline")
@Singleton
class ClosingAtDeadline implements JavaDelegate {
    private final ClosingCoSponsorship closing;

    ClosingAtDeadline(ClosingCoSponsorship closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable("draftId");
        closing.atDeadline(id instanceof Number n ? n.longValue() : Long.parseLong(id.toString()));
    }
}
