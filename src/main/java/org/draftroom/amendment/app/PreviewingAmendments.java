package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentApplication;
import org.draftroom.amendment.model.AmendmentRules;
import org.draftroom.amendment.model.Competition;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current text "as it would read" with a chosen set of pending amendments, compared with it
 * (tracked changes). A set holding competing amendments is refused naming them. A sub-amendment in
 * the set stands for its amendment as sub-amended.
 */
@Singleton
public class PreviewingAmendments {
    public static final int MAX_SET = 100;
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;

    PreviewingAmendments(DraftStore drafts, DocumentCache documents, AmendmentStore amendments) {
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
    }

    public record Preview(long draftId, int version, List<Integer> amendments, Document text, Comparison comparison) {
    }

    @ReadOnly
    public Preview preview(long draftId, List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty() || numbers.size() > MAX_SET) {
            throw Refusal.unprocessable("preview-what", "Name 1 to " + MAX_SET + " pending amendments to preview (amendments=1,2)");
        }
        Draft draft = drafts.require(draftId);
        Document current = documents.get(draftId, draft.currentVersion());
        Set<Integer> wanted = new LinkedHashSet<>(numbers);
        List<StoredAmendment> found = amendments.withNumbers(draftId, wanted);
        if (found.size() != wanted.size()) {
            Set<Integer> missing = new LinkedHashSet<>(wanted);
            found.forEach(s -> missing.remove(s.amendment().number()));
            throw Refusal.notFound("Amendment", missing + " of draft " + draftId);
        }
        Map<Integer, Amendment> set = new LinkedHashMap<>();
        for (StoredAmendment s : found) {
            Amendment a = s.amendment();
            AmendmentRules.mustBePending(a);
            List<Operation> carried = ReAnchoring.reAnchor(documents.get(draftId, a.anchoredVersion()), current, a.operations());
            set.put(a.number(), a.withOperations(carried, draft.currentVersion()));
        }
        set.values().removeIf(a -> set.values().stream().anyMatch(s -> s.isSubAmendment() && s.parentNumber() == a.number()));
        competingAreRefused(current, new ArrayList<>(set.values()));
        Document after = AmendmentApplication.applyAll(current, set.values().stream().map(Amendment::operations).toList());
        return new Preview(draftId, draft.currentVersion(), List.copyOf(wanted), after, DocumentComparer.compareVersions(current, after));
    }

    /** A set with competing amendments has no single reading: refused (409) naming each competing pair and paragraph. */
    public static void competingAreRefused(Document text, List<Amendment> set) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                for (ParagraphId p : Competition.between(text, set.get(i), set.get(j))) {
                    conflicts.add(Map.of("paragraph", text.paragraph(p).isPresent() ? text.labelOf(p) : p.value(),
                            "amendments", List.of(set.get(i).number(), set.get(j).number())));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            StringBuilder detail = new StringBuilder("These amendments compete and cannot be applied together:");
            for (Map<String, Object> c : conflicts) {
                detail.append(' ').append(c.get("amendments")).append(" on ").append(c.get("paragraph")).append(';');
            }
            throw Refusal.conflict("competing-amendments", detail.substring(0, detail.length() - 1)).with("conflicts", conflicts);
        }
    }
}
