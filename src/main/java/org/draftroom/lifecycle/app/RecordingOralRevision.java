package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Meetings;
import org.draftroom.lifecycle.OralRevision;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * At action a main sponsor reads out oral revisions; the secretariat records the text "as orally
 * revised", the State that read them out, and the day and meeting.
 */
@Singleton
public class RecordingOralRevision {
    private final DraftSteps steps;
    private final VersionStore versions;
    private final DatingSteps dating;

    RecordingOralRevision(DraftSteps steps, VersionStore versions, DatingSteps dating) {
        this.steps = steps;
        this.versions = versions;
        this.dating = dating;
    }

    /** {@code readBy}: the main sponsor State that read them out (alpha-3, required). */
    public record OralRevisionRead(String readBy, List<OralRevision.Change> changes, LocalDate date, String meeting) {
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, OralRevisionRead request) {
        Draft draft = steps.begin(LifecycleAction.RECORD_ORAL_REVISION, draftId, ifMatch, caller);
        String readBy = request.readBy() == null ? "" : request.readBy().trim().toUpperCase(Locale.ROOT);
        if (readBy.isEmpty()) {
            throw Refusal.unprocessable("no-reader", "Say which main sponsor read the oral revision out (memberState, such as \""
                    + (draft.mainSponsors().isEmpty() ? "BLR" : draft.mainSponsors().get(0)) + "\")")
                    .with("mainSponsors", draft.mainSponsors());
        }
        if (!draft.hasMainSponsor(readBy)) {
            throw Refusal.unprocessable("not-a-main-sponsor", "Oral revisions are read out by a main sponsor; "
                    + (readBy.length() > 10 ? readBy.substring(0, 10) : readBy) + " is not one")
                    .with("mainSponsors", draft.mainSponsors());
        }
        Document current = versions.require(draftId, draft.currentVersion()).document();
        Document revised = OralRevision.apply(current, request.changes());
        DocumentLimits.checkMade(revised, "The text as orally revised");
        DatingSteps.Dated dated = dating.date(draftId, "oral revision", request.date(), request.meeting(), Meetings.Kind.COMMITTEE,
                false, caller.username());
        String label = (draft.symbol() == null ? "draft" : draft.symbol()) + " as orally revised";
        int version = versions.append(draftId, label, VersionKind.ORALLY_REVISED, revised, caller.username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version);
        payload.put("symbol", draft.symbol() == null ? "" : draft.symbol());
        payload.put("paragraphs", request.changes().stream().map(c -> current.byLabel(c.paragraph()).map(p -> current.labelOf(p.id()))
                .orElse(c.paragraph())).toList());
        payload.put("memberState", readBy);
        dated.into(payload);
        steps.record(caller, "oral-revision.recorded", draftId, payload);
        return steps.reload(draftId);
    }
}
