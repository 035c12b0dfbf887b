package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.document.store.VersionKind;
import org.draftroom.document.store.VersionStore;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** At action the main sponsor reads out oral revisions; the secretariat records the text "as orally revised". */
@Singleton
public class RecordingOralRevision {
    private final DraftSteps steps;
    private final VersionStore versions;

    RecordingOralRevision(DraftSteps steps, VersionStore versions) {
        this.steps = steps;
        this.versions = versions;
    }

    @Transactional
    public DraftRecord record(Caller caller, long draftId, String ifMatch, String readBy, List<IssuedText.OralChange> changes) {
        DraftRecord draft = steps.begin(LifecycleAction.RECORD_ORAL_REVISION, draftId, ifMatch, caller);
        if (readBy != null && !readBy.isBlank() && !draft.hasMainSponsor(readBy.trim().toUpperCase())) {
            throw Refusal.unprocessable("not-a-main-sponsor", "Oral revisions are read out by a main sponsor; "
                    + readBy + " is not one");
        }
        Document current = versions.require(draftId, draft.currentVersion()).document();
        Document revised = IssuedText.asOrallyRevised(current, changes);
        String label = (draft.symbol() == null ? "draft" : draft.symbol()) + " as orally revised";
        int version = versions.append(draftId, label, VersionKind.ORALLY_REVISED, revised, caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version);
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("paragraphs", changes.stream().map(IssuedText.OralChange::paragraph).toList());
        if (readBy != null && !readBy.isBlank()) {
            payload.put("memberState", readBy.trim().toUpperCase());
        }
        steps.record(caller, "oral-revision.recorded", draftId, payload);
        return steps.reload(draftId);
    }
}
