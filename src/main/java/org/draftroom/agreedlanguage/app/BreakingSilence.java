package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.agreedlanguage.model.SilencePolicy;
import org.draftroom.agreedlanguage.store.SilenceStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Caller;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A delegation breaks silence, for its own State, with its text, before the deadline; audited and so
 * announced on the live stream. The silence runs on to its deadline, when the timer closes it as broken.
 */
@Singleton
public class BreakingSilence {
    private final DraftStore drafts;
    private final SilenceStore silences;
    private final AuditTrail audit;

    BreakingSilence(DraftStore drafts, SilenceStore silences, AuditTrail audit) {
        this.drafts = drafts;
        this.silences = silences;
        this.audit = audit;
    }

    /** @param forState the State named in the request (null: the delegate's own); {@code ifMatch} the silence's tag (required) */
    @Transactional
    public Silence breakSilence(Caller caller, long draftId, String forState, String text, String ifMatch) {
        drafts.lock(draftId);
        Silence silence = silences.latest(draftId).orElse(null);
        SilencePolicy.mayBreak(caller, forState, silence, text, Instant.now());
        SilenceTags.mustMatch(ifMatch, silence);
        silences.addBreak(silence.id(), caller.memberState(), caller.username(), text.strip());
        drafts.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("silence", silence.id());
        payload.put("version", silence.version());
        payload.put("until", silence.until().toString());
        payload.put("memberState", caller.memberState());
        payload.put("text", text.strip());
        audit.record(AuditEvent.by(caller, "silence.broken", draftId, payload));
        return silences.byId(silence.id()).orElseThrow();
    }
}
