package org.draftroom.agreedlanguage.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.BudgetImplicationsPolicy;
import org.draftroom.agreedlanguage.store.BudgetImplicationsStore;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each statement of programme budget implications of a draft, checked against the current text:
 * it may no longer match once the words of a paragraph it names changed after it was made (or
 * after the secretariat last confirmed it).
 */
@Singleton
public class CheckingBudgetImplications {
    private final DraftStore drafts;
    private final VersionStore versions;
    private final BudgetImplicationsStore statements;

    CheckingBudgetImplications(DraftStore drafts, VersionStore versions, BudgetImplicationsStore statements) {
        this.drafts = drafts;
        this.versions = versions;
        this.statements = statements;
    }

    /** @param checkedOn the version whose words the statement answers for (confirmed, or the one it was made on) */
    public record Checked(BudgetImplicationsStore.Statement statement, int checkedOn, int current,
                          List<BudgetImplicationsPolicy.Change> changes) {
        public boolean mayBeOutdated() {
            return !changes.isEmpty();
        }
    }

    @ReadOnly
    public List<Checked> check(long draftId) {
        Draft draft = drafts.require(draftId);
        Map<Integer, Document> texts = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (BudgetImplicationsStore.Statement s : statements.all(draftId)) {
            out.add(check(draft, s, texts));
        }
        return out;
    }

    Checked check(Draft draft, BudgetImplicationsStore.Statement s, Map<Integer, Document> texts) {
        int checkedOn = s.confirmedOn() != null ? s.confirmedOn() : s.recordedOn();
        Document recorded = text(draft.id(), s.recordedOn(), texts);
        Document checked = text(draft.id(), checkedOn, texts);
        Document current = text(draft.id(), draft.currentVersion(), texts);
        return new Checked(s, checkedOn, draft.currentVersion(), BudgetImplicationsPolicy.changes(s.paragraphs(), recorded, checked, current));
    }

    private Document text(long draftId, int number, Map<Integer, Document> texts) {
        return texts.computeIfAbsent(number, n -> versions.require(draftId, n).document());
    }
}
