package org.draftroom.sponsorship;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** Closes a draft's list of co-sponsors: at its deadline (timer), at action, at withdrawal. */
@Singleton
public class ClosingCoSponsorship {
    /** Who closes a list at its deadline, in the audit trail. */
    public static final String SYSTEM = "draftroom";
    private final CoSponsorStore store;
    private final DraftStore drafts;
    private final AuditTrail audit;

    ClosingCoSponsorship(CoSponsorStore store, DraftStore drafts, AuditTrail audit) {
        this.store = store;
        this.drafts = drafts;
        this.audit = audit;
    }

    /** The timer fired. Takes the draft's lock so that no join is half-way through. */
    @Transactional
    public void atDeadline(long draftId) {
        Draft draft = drafts.lock(draftId);
        CoSponsorStore.ListState list = store.listState(draftId);
        if (store.close(draftId, "DEADLINE")) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("reason", "deadline");
            payload.put("deadline", list.deadline() == null ? "" : list.deadline().toString());
            payload.put("coSponsors", store.list(draft.id()).size());
            audit.record(new AuditEvent("cosponsorship.closed", SYSTEM, null, null, draftId, payload));
        }
    }

    /**
     * Closes the list as part of another step (the caller holds the draft's lock and records the
     * step's own audit entry, which says the list closed). Answers whether it was open.
     */
    public boolean withStep(long draftId, String reason) {
        return store.close(draftId, reason);
    }
}
