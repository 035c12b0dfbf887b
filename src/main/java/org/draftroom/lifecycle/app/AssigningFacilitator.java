package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A main sponsor or the secretariat names the facilitator who runs the informal consultations, on
 * the day given (checked like any step), or undated when no day is given.
 */
@Singleton
public class AssigningFacilitator {
    private final DraftSteps steps;
    private final DraftStore drafts;
    private final UserAccountRepository users;
    private final DatingSteps dating;

    /** The draft with its facilitator, and the day of the assignment when one was given. */
    public record Assigned(Draft draft, Optional<DatingSteps.Dated> dated) {
    }

    AssigningFacilitator(DraftSteps steps, DraftStore drafts, UserAccountRepository users, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.drafts = drafts;
        this.users = users;
    }

    @Transactional
    public Assigned assign(Caller caller, long draftId, String ifMatch, String username, LocalDate on) {
        Draft draft = steps.begin(LifecycleAction.ASSIGN_FACILITATOR, draftId, ifMatch, caller);
        UserAccount user = users.findByUsername(username == null ? "" : username.trim())
                .filter(u -> u.role() == Role.FACILITATOR && u.active())
                .orElseThrow(() -> Refusal.unprocessable("not-a-facilitator", "'" + username + "' is not an active facilitator"));
        Optional<DatingSteps.Dated> dated = dating.dateIfGiven(draftId, "assignment of the facilitator", on, null,
                Meetings.Kind.COMMITTEE, caller.username());
        drafts.update(draftId, draft.stage(), draft.symbol(), user.username(), draft.processInstanceId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("facilitator", user.username());
        payload.put("before", draft.facilitator() == null ? "" : draft.facilitator());
        dated.ifPresent(d -> d.into(payload));
        steps.record(caller, "draft.facilitator-assigned", draftId, payload);
        return new Assigned(steps.reload(draftId), dated);
    }
}
