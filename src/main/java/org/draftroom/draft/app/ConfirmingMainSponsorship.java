package org.draftroom.draft.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.ProposedSponsorStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.List;
import java.util.Map;

/**
 * A State printed as main sponsor of a text another delegation imported becomes one only when its
 * own delegate confirms, while the draft is in consultations; its delegate may also decline.
 */
@Singleton
public class ConfirmingMainSponsorship {
    private final DraftStore drafts;
    private final ProposedSponsorStore proposed;
    private final AuditTrail audit;

    ConfirmingMainSponsorship(DraftStore drafts, ProposedSponsorStore proposed, AuditTrail audit) {
        this.drafts = drafts;
        this.proposed = proposed;
        this.audit = audit;
    }

    public record Sponsors(List<String> mainSponsors, List<String> proposed) {
    }

    @Transactional
    public Sponsors read(long draftId) {
        Draft draft = drafts.require(draftId);
        return new Sponsors(draft.mainSponsors(), proposed.proposed(draftId));
    }

    @Transactional
    public Sponsors confirm(Caller caller, long draftId) {
        String state = delegation(caller);
        Draft draft = drafts.lock(draftId);
        if (draft.stage() != Stage.CONSULTATIONS) {
            throw Refusal.conflict("stage-does-not-allow", "Main sponsors are confirmed while the draft is in consultations; it is "
                    + draft.stage().name().toLowerCase());
        }
        if (!proposed.withdraw(draftId, state)) {
            throw Refusal.conflict("not-proposed", state + " is not proposed as a main sponsor of draft " + draftId);
        }
        proposed.makeMainSponsor(draftId, state);
        audit.record(AuditEvent.by(caller, "draft.main-sponsor-confirmed", draftId, Map.of("memberState", state)));
        return read(draftId);
    }

    @Transactional
    public Sponsors decline(Caller caller, long draftId, String memberState) {
        String state = delegation(caller);
        if (!state.equalsIgnoreCase(memberState)) {
            throw Refusal.forbidden("A delegation declines only for its own State, not for " + memberState);
        }
        drafts.lock(draftId);
        if (!proposed.withdraw(draftId, state)) {
            throw Refusal.conflict("not-proposed", state + " is not proposed as a main sponsor of draft " + draftId);
        }
        audit.record(AuditEvent.by(caller, "draft.main-sponsor-declined", draftId, Map.of("memberState", state)));
        return read(draftId);
    }

    private static String delegation(Caller caller) {
        return caller.delegation().orElseThrow(() -> Refusal.forbidden("Only a delegate confirms main sponsorship, for its own State"));
    }
}
