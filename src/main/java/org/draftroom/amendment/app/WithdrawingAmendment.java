package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The proposing delegation withdraws its pending amendment; its pending sub-amendments lapse with it. */
@Singleton
public class WithdrawingAmendment {
    private final AmendmentStore amendments;
    private final AuditTrail audit;

    WithdrawingAmendment(AmendmentStore amendments, AuditTrail audit) {
        this.amendments = amendments;
        this.audit = audit;
    }

    @Transactional
    public StoredAmendment withdraw(Caller caller, long draftId, int number, String reason, String ifMatch) {
        StoredAmendment stored = amendments.find(draftId, number)
                .orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId));
        Amendment a = stored.amendment();
        AmendmentRules.mayWithdraw(a, caller);
        AmendmentTags.mustMatch(ifMatch, a);
        AmendmentRules.mustBePending(a);
        AmendmentAdmissibility.textMustBeClean("reason", reason, AmendmentAdmissibility.MAX_JUSTIFICATION);
        if (!amendments.decide(a.id(), a.rowVersion(), AmendmentStatus.WITHDRAWN, "withdrawn", reason, caller.username(), null, null)) {
            throw Refusal.conflict("amendment-changed", a.reference() + " was changed by someone else meanwhile");
        }
        List<Integer> lapsed = amendments.byStatus(draftId, List.of(AmendmentStatus.PENDING)).stream()
                .map(StoredAmendment::amendment).filter(s -> s.isSubAmendment() && s.parentNumber() == number)
                .map(Amendment::number).toList();
        amendments.close(draftId, lapsed, AmendmentStatus.SUPERSEDED, "the amendment it amends was withdrawn");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendment", a.reference());
        payload.put("memberState", a.memberState());
        if (reason != null) {
            payload.put("reason", reason);
        }
        if (!lapsed.isEmpty()) {
            payload.put("lapsed", lapsed);
        }
        audit.record(AuditEvent.by(caller, "amendment.withdrawn", draftId, payload));
        return amendments.find(draftId, number).orElseThrow();
    }
}
