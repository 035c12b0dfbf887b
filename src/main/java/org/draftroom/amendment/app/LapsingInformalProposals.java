package org.draftroom.amendment.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.lifecycle.app.AfterTabling;
import org.draftroom.shared.Caller;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Informal consultations end when a draft is tabled: the informal proposals still pending lapse
 * (status LAPSED, with the reason), and the lapse is audited. They are never shown pending on the
 * tabled text or any later version.
 */
@Singleton
class LapsingInformalProposals implements AfterTabling {
    private final AmendmentStore amendments;
    private final AuditTrail audit;

    LapsingInformalProposals(AmendmentStore amendments, AuditTrail audit) {
        this.amendments = amendments;
        this.audit = audit;
    }

    @Override
    public void tabled(Caller caller, long draftId, String symbol, LocalDate on) {
        List<Integer> lapsed = amendments.byStatus(draftId, List.of(AmendmentStatus.PENDING)).stream()
                .map(StoredAmendment::amendment).filter(a -> a.kind() == AmendmentKind.INFORMAL).map(Amendment::number).toList();
        if (lapsed.isEmpty()) {
            return;
        }
        String reason = "lapsed: consultations ended when the draft was tabled as " + symbol;
        amendments.close(draftId, lapsed, AmendmentStatus.LAPSED, reason);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendments", lapsed);
        payload.put("symbol", symbol);
        payload.put("date", on.toString());
        payload.put("reason", reason);
        audit.record(AuditEvent.by(caller, "amendment.lapsed", draftId, payload));
    }
}
