package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.store.BudgetImplicationsStore;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;
import org.draftroom.shared.Refusal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The secretariat confirms that a statement of programme budget implications still holds for the current words; audited. */
@Singleton
public class ConfirmingBudgetImplications {
    public static final int MAX_NOTE = 1000;
    private final DraftStore drafts;
    private final BudgetImplicationsStore statements;
    private final CheckingBudgetImplications checking;
    private final AuditTrail audit;

    ConfirmingBudgetImplications(DraftStore drafts, BudgetImplicationsStore statements, CheckingBudgetImplications checking,
                                 AuditTrail audit) {
        this.drafts = drafts;
        this.statements = statements;
        this.checking = checking;
        this.audit = audit;
    }

    public static String tag(long statementId, long rowVersion) {
        return "\"pbi" + statementId + "." + rowVersion + "\"";
    }

    @Transactional
    public CheckingBudgetImplications.Checked confirm(Caller caller, long draftId, long statementId, String note, String ifMatch) {
        if (!caller.is(Role.SECRETARIAT)) {
            throw Refusal.forbidden("Only the secretariat confirms a statement of programme budget implications");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw Refusal.badRequest("note-too-long", "The note holds at most " + MAX_NOTE + " characters");
        }
        Draft draft = drafts.lock(draftId);
        BudgetImplicationsStore.Statement s = statements.find(draftId, statementId)
                .orElseThrow(() -> Refusal.notFound("Statement of programme budget implications", statementId + " of draft " + draftId));
        String current = tag(s.id(), s.rowVersion());
        IfMatchRequired.check(ifMatch, current, "the statement's entity tag",
                () -> new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-statement", "Changed meanwhile",
                        "The statement was confirmed meanwhile (now " + current + "); read it again"));
        CheckingBudgetImplications.Checked before = checking.check(draft, s, new HashMap<>());
        statements.confirm(s.id(), draft.currentVersion(), note, caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("statement", s.id());
        payload.put("symbol", s.symbol() == null ? "" : s.symbol());
        payload.put("version", draft.currentVersion());
        payload.put("changedParagraphs", before.changes().stream().map(c -> c.label()).toList());
        if (note != null && !note.isBlank()) {
            payload.put("note", note.strip());
        }
        audit.record(AuditEvent.by(caller, "pbi.confirmed", draftId, payload));
        return checking.check(draft, statements.find(draftId, statementId).orElseThrow(), new HashMap<>());
    }
}
