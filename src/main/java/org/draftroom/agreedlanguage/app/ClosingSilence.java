package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.agreedlanguage.model.SilenceBreak;
import org.draftroom.agreedlanguage.model.SilencePolicy;
import org.draftroom.agreedlanguage.model.SilenceState;
import org.draftroom.agreedlanguage.store.SilenceStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.store.DraftStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The silence's deadline came (the process's timer, in the job's transaction): held when no
 * delegation broke it (the version is agreed under silence), broken otherwise (back to
 * consultations, with who broke it and when). Closes a silence once, whatever fires twice.
 */
@Singleton
public class ClosingSilence {
    /** Who closes a silence at its deadline, in the audit trail. */
    public static final String SYSTEM = "draftroom";
    private final SilenceStore silences;
    private final DraftStore drafts;
    private final AuditTrail audit;

    ClosingSilence(SilenceStore silences, DraftStore drafts, AuditTrail audit) {
        this.silences = silences;
        this.drafts = drafts;
        this.audit = audit;
    }

    /** Takes the draft's lock first, so that no break is half-way through. */
    @Transactional
    public void atDeadline(long silenceId) {
        long draftId = silences.byId(silenceId).orElseThrow(() -> new IllegalStateException("No silence procedure " + silenceId))
                .draftId();
        drafts.lock(draftId);
        Silence silence = silences.byId(silenceId).orElseThrow();
        SilenceState outcome = SilencePolicy.outcome(silence);
        if (!silence.isRunning() || !silences.close(silenceId, outcome)) {
            return;
        }
        drafts.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("silence", silenceId);
        payload.put("version", silence.version());
        payload.put("until", silence.until().toString());
        payload.put("outcome", outcome.json());
        if (!silence.breaks().isEmpty()) {
            payload.put("brokenBy", silence.breaks().stream().map(SilenceBreak::memberState).toList());
            payload.put("brokenAt", silence.breaks().stream().map(b -> b.brokenAt().toString()).toList());
        }
        audit.record(new AuditEvent("silence.closed", SYSTEM, null, null, draftId, payload));
    }
}
