package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.NegotiationStatus;
import org.draftroom.agreedlanguage.model.NegotiationStatusPolicy;
import org.draftroom.agreedlanguage.model.ParagraphStatus;
import org.draftroom.agreedlanguage.store.ParagraphStatusStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facilitator marks a paragraph of the current text open, agreed ad referendum or bracketed; audited. */
@Singleton
public class MarkingParagraphStatus {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final ParagraphStatusStore statuses;
    private final AuditTrail audit;

    MarkingParagraphStatus(DraftStore drafts, VersionStore versions, ParagraphStatusStore statuses, AuditTrail audit) {
        this.drafts = drafts;
        this.versions = versions;
        this.statuses = statuses;
        this.audit = audit;
    }

    /** @param label the paragraph as the current text labels it ("OP4", "PP9(a)") */
    public record Marking(String label, String status, List<String> brackets, String reason, String ifMatch) {
    }

    public record Marked(String paragraphId, String label, ParagraphStatus status, String etag) {
    }

    @Transactional
    public Marked mark(Caller caller, long draftId, Marking marking) {
        Draft draft = drafts.lock(draftId);
        NegotiationStatusPolicy.mayMark(caller.is(Role.FACILITATOR), caller.username(), draft.facilitator(), draft.stage());
        NegotiationStatus wanted = NegotiationStatus.parse(marking.status()).orElseThrow(() -> Refusal.badRequest("unknown-status",
                "status must be 'open', 'agreed ad ref' or 'bracketed'"));
        if (marking.label() == null || marking.label().length() > 40) {
            throw Refusal.badRequest("bad-paragraph", "Name the paragraph by its label, such as OP4");
        }
        Document text = versions.require(draftId, draft.currentVersion()).document();
        Paragraph paragraph = text.byLabel(marking.label()).orElseThrow(() -> Refusal.notFound("Paragraph", marking.label()));
        String label = text.labelOf(paragraph.id());
        String id = paragraph.id().value();
        String words = paragraph.fullText();
        ParagraphStatus stored = statuses.all(draftId).getOrDefault(id, ParagraphStatus.unmarked(id, words));
        StatusTags.mustMatch(marking.ifMatch(), StatusTags.of(draftId, id, stored.rowVersion()), label);
        ParagraphStatus now = NegotiationStatusPolicy.effective(stored, words);
        List<String> brackets = NegotiationStatusPolicy.change(now, wanted, marking.brackets(), marking.reason(), words);
        long rowVersion = statuses.save(draftId, id, wanted, brackets, words, draft.currentVersion(), marking.reason(),
                caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("paragraph", label);
        payload.put("paragraphId", id);
        payload.put("version", draft.currentVersion());
        payload.put("before", now.status().json());
        payload.put("status", wanted.json());
        if (!brackets.isEmpty()) {
            payload.put("brackets", brackets);
        }
        if (marking.reason() != null && !marking.reason().isBlank()) {
            payload.put("reason", marking.reason().strip());
        }
        audit.record(AuditEvent.by(caller, "paragraph.status-changed", draftId, payload));
        ParagraphStatus saved = new ParagraphStatus(id, wanted, brackets, words, draft.currentVersion(), marking.reason(),
                caller.username(), rowVersion);
        return new Marked(id, label, saved, StatusTags.of(draftId, id, rowVersion));
    }
}
