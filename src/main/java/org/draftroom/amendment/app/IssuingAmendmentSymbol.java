package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The secretariat issues a written amendment under its own symbol, such as A/C.3/80/L.61. */
@Singleton
public class IssuingAmendmentSymbol {
    private static final Pattern SYMBOL = Pattern.compile("A/(C\\.[1-6]/)?\\d{1,3}/L\\.\\d{1,4}");
    private final AmendmentStore amendments;
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final CompetingAmendments competing;
    private final AuditTrail audit;

    IssuingAmendmentSymbol(AmendmentStore amendments, DraftStore drafts, DocumentCache documents, CompetingAmendments competing,
                           AuditTrail audit) {
        this.amendments = amendments;
        this.drafts = drafts;
        this.documents = documents;
        this.competing = competing;
        this.audit = audit;
    }

    @Transactional
    public StoredAmendment issue(Caller caller, long draftId, int number, String symbol, String ifMatch) {
        AmendmentRules.secretariatOnly(caller, "issues symbols");
        Amendment a = amendments.find(draftId, number).orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId))
                .amendment();
        AmendmentTags.mustMatch(ifMatch, a);
        if (a.kind() != AmendmentKind.WRITTEN) {
            throw Refusal.conflict("not-written", "Only written amendments are issued under a symbol; " + a.reference() + " is "
                    + a.kind().name().toLowerCase());
        }
        AmendmentRules.mustBePending(a);
        if (a.symbol() != null) {
            throw Refusal.conflict("symbol-issued", a.reference() + " already has its symbol");
        }
        String s = symbol == null ? "" : symbol.strip();
        if (!SYMBOL.matcher(s).matches()) {
            throw Refusal.unprocessable("bad-symbol", "An amendment's symbol reads like A/C.3/80/L.61, not '" + symbol + "'");
        }
        if (amendments.symbolTaken(s)) {
            throw Refusal.conflict("symbol-taken", s + " is already used");
        }
        if (!amendments.issueSymbol(a.id(), a.rowVersion(), s)) {
            throw Refusal.conflict("amendment-changed", a.reference() + " was changed by someone else meanwhile");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("amendment", s);
        payload.put("number", number);
        payload.put("symbol", s);
        payload.put("memberState", a.memberState());
        audit.record(AuditEvent.by(caller, "amendment.symbol-issued", draftId, payload));
        int current = drafts.require(draftId).currentVersion();
        return competing.of(amendments.find(draftId, number).orElseThrow(), documents.get(draftId, current), current);
    }
}
