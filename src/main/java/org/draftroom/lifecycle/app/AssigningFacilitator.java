package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/** A main sponsor or the secretariat names the facilitator who runs the informal consultations. */
@Singleton
public class AssigningFacilitator {
    private final DraftSteps steps;
    private final DraftStore drafts;
    private final UserAccountRepository users;

    AssigningFacilitator(DraftSteps steps, DraftStore drafts, UserAccountRepository users) {
        this.steps = steps;
        this.drafts = drafts;
        this.users = users;
    }

    @Transactional
    public Draft assign(Caller caller, long draftId, String ifMatch, String username) {
        Draft draft = steps.begin(LifecycleAction.ASSIGN_FACILITATOR, draftId, ifMatch, caller);
        UserAccount user = users.findByUsername(username == null ? "" : username.trim())
                .filter(u -> u.role() == Role.FACILITATOR && u.active())
                .orElseThrow(() -> Refusal.unprocessable("not-a-facilitator", "'" + username + "' is not an active facilitator"));
        drafts.update(draftId, draft.stage(), draft.symbol(), user.username(), draft.processInstanceId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("facilitator", user.username());
        payload.put("before", draft.facilitator() == null ? "" : draft.facilitator());
        steps.record(caller, "draft.facilitator-assigned", draftId, payload);
        return steps.reload(draftId);
    }
}
