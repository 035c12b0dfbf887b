package org.draftroom.amendment.action.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentApplication;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.action.model.Division;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DivisionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the Committee has to vote on at action besides the draft itself (written and oral
 * amendments, requests for division) and, once all is decided, the text "as amended". Runs in the
 * caller's transaction.
 */
@Singleton
public class ActionAgenda {
    private final AmendmentStore amendments;
    private final DivisionStore divisions;
    private final DocumentCache documents;
    private final VersionStore versions;

    ActionAgenda(AmendmentStore amendments, DivisionStore divisions, DocumentCache documents, VersionStore versions) {
        this.amendments = amendments;
        this.divisions = divisions;
        this.documents = documents;
        this.versions = versions;
    }

    /** Amendments that belong to the vote: written or oral, pending, or decided by vote, or made moot. */
    public List<Amendment> amendmentsToVote(long draftId) {
        return amendments.byStatus(draftId, List.of()).stream()
                .filter(s -> s.amendment().kind() != AmendmentKind.INFORMAL)
                .filter(s -> switch (s.amendment().status()) {
                    case PENDING, ADOPTED, MOOT -> true;
                    case REJECTED -> s.decision() != null && s.decision().contains("vote");
                    default -> false;
                })
                .map(StoredAmendment::amendment).toList();
    }

    /** "A3", "D1": the votes still to take. */
    public List<String> undecided(long draftId) {
        List<String> open = new ArrayList<>();
        amendmentsToVote(draftId).stream().filter(a -> a.status() == AmendmentStatus.PENDING).forEach(a -> open.add("A" + a.number()));
        divisions.forDraft(draftId).stream().filter(Division::isOpen).forEach(d -> open.add("D" + d.number()));
        return open;
    }

    /**
     * When nothing is left to vote, applies the adopted amendments (in the order adopted) and deletes
     * the paragraphs not retained on division: the version "as amended" on which the draft is voted.
     * Answers its number, or null when votes remain or nothing changed.
     */
    public Integer asAmendedIfComplete(Draft draft, String by) {
        if (!undecided(draft.id()).isEmpty()) {
            return null;
        }
        List<StoredAmendment> adopted = new ArrayList<>(amendments.byStatus(draft.id(), List.of(AmendmentStatus.ADOPTED)).stream()
                .filter(s -> !s.amendment().isSubAmendment()).toList());
        adopted.sort(Comparator.comparing(StoredAmendment::decidedAt).thenComparingInt(s -> s.amendment().number()));
        List<Division> deleted = divisions.forDraft(draft.id()).stream().filter(d -> "DELETED".equals(d.status())).toList();
        if (adopted.isEmpty() && deleted.isEmpty()) {
            return null;
        }
        Document current = documents.get(draft.id(), draft.currentVersion());
        List<List<Operation>> changes = new ArrayList<>();
        for (StoredAmendment s : adopted) {
            Amendment a = s.amendment();
            changes.add(ReAnchoring.reAnchor(documents.get(draft.id(), a.anchoredVersion()), current, a.operations()));
        }
        Document amended = AmendmentApplication.applyAll(current, changes);
        for (Division d : deleted) {
            if (amended.paragraph(d.paragraph()).isPresent()) {
                amended = amended.delete(d.paragraph());
            }
        }
        DocumentLimits.checkMade(amended, "The text as amended");
        String label = (draft.symbol() == null ? "draft" : draft.symbol()) + " as amended";
        return versions.append(draft.id(), label, VersionKind.AMENDED, amended, by);
    }
}
