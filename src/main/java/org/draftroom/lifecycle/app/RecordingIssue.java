package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat records the day the resolution is issued: its final text reads "Distr.: General"
 * and that date on its first page, as A/RES/76/186 reads "11 January 2022". The issued text is a
 * new version under the same symbol (versions never change); the day is recorded once.
 */
@Singleton
public class RecordingIssue {
    private final DraftSteps steps;
    private final VersionStore versions;
    private final ProcedureRecords records;
    private final DatingSteps dating;

    RecordingIssue(DraftSteps steps, VersionStore versions, ProcedureRecords records, DatingSteps dating) {
        this.steps = steps;
        this.versions = versions;
        this.records = records;
        this.dating = dating;
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, LocalDate date) {
        Draft draft = steps.begin(LifecycleAction.RECORD_ISSUE, draftId, ifMatch, caller);
        StoredVersion current = versions.require(draftId, draft.currentVersion());
        if (current.kind() != VersionKind.ADOPTED || !current.document().metadata().isAdoptedResolution()) {
            throw Refusal.conflict("nothing-to-issue", "Only a resolution the plenary adopted is issued under A/RES");
        }
        if (current.document().metadata().date() != null) {
            throw Refusal.conflict("already-issued", draft.symbol() + " was issued on " + current.document().metadata().date())
                    .with("issuedOn", current.document().metadata().date().toString());
        }
        DatingSteps.Dated dated = dating.dateIssue(draftId, "issue of " + draft.symbol(), date, caller.username());
        int version = versions.append(draftId, draft.symbol(), VersionKind.ADOPTED,
                IssuedText.asIssuedOn(current.document(), dated.on()), caller.username());
        records.issued(draftId, dated.on());
        steps.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", draft.symbol());
        payload.put("version", version);
        dated.into(payload);
        steps.record(caller, "resolution.issued", draftId, payload);
        return steps.reload(draftId);
    }
}
