package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.engine.SilenceProcess;
import org.draftroom.agreedlanguage.model.NegotiationStatus;
import org.draftroom.agreedlanguage.model.NegotiationStatusPolicy;
import org.draftroom.agreedlanguage.model.ParagraphStatus;
import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.agreedlanguage.model.SilencePolicy;
import org.draftroom.agreedlanguage.store.ParagraphStatusStore;
import org.draftroom.agreedlanguage.store.SilenceStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilitator puts the draft's current version under silence until a moment: the silence's row
 * and its process (whose timer will close it) are written in one transaction; audited and so
 * announced on the live stream.
 */
@Singleton
public class StartingSilence {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final ParagraphStatusStore statuses;
    private final SilenceStore silences;
    private final SilenceProcess process;
    private final AuditTrail audit;

    StartingSilence(DraftStore drafts, VersionStore versions, ParagraphStatusStore statuses, SilenceStore silences,
                    SilenceProcess process, AuditTrail audit) {
        this.drafts = drafts;
        this.versions = versions;
        this.statuses = statuses;
        this.silences = silences;
        this.process = process;
        this.audit = audit;
    }

    /** @param ifMatch the draft's entity tag as the facilitator read it (required): the text put under silence is the one read */
    @Transactional
    public Silence start(Caller caller, long draftId, OffsetDateTime until, String ifMatch) {
        Draft draft = drafts.lock(draftId);
        SilencePolicy.mayStart(caller, draft.facilitator(), draft.stage(),
                silences.latest(draftId).map(Silence::isRunning).orElse(false));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Refusal(Refusal.Kind.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send If-Match with the draft's entity tag, so that the text put under silence is the one you read")
                    .with("etag", draft.etag());
        }
        drafts.lockMatching(draftId, ifMatch);
        SilencePolicy.checkUntil(until, Instant.now());
        SilencePolicy.noBrackets(bracketed(draftId, versions.require(draftId, draft.currentVersion()).document()));
        long id = silences.start(draftId, draft.currentVersion(), until, caller.username());
        silences.processStarted(id, process.start(id));
        drafts.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("silence", id);
        payload.put("version", draft.currentVersion());
        payload.put("until", until.toString());
        audit.record(AuditEvent.by(caller, "silence.started", draftId, payload));
        return silences.byId(id).orElseThrow();
    }

    private List<String> bracketed(long draftId, Document text) {
        Map<String, ParagraphStatus> stored = statuses.all(draftId);
        List<String> labels = text.labels();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.paragraphs().size(); i++) {
            Paragraph p = text.paragraphs().get(i);
            ParagraphStatus given = stored.get(p.id().value());
            if (given != null && NegotiationStatusPolicy.effective(given, p.fullText()).status() == NegotiationStatus.BRACKETED) {
                out.add(labels.get(i));
            }
        }
        return out;
    }
}
