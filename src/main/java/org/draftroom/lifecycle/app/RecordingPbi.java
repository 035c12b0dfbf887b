package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The secretariat records a statement of programme budget implications (rule 153) naming operative paragraphs. */
@Singleton
public class RecordingPbi {
    private final DraftSteps steps;
    private final DraftStore drafts;
    private final VersionStore versions;
    private final ProcedureRecords records;

    private final DatingSteps dating;

    RecordingPbi(DraftSteps steps, DraftStore drafts, VersionStore versions, ProcedureRecords records, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.drafts = drafts;
        this.versions = versions;
        this.records = records;
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, List<String> paragraphs, String statement, String symbol,
                              java.time.LocalDate date) {
        Draft draft = steps.begin(LifecycleAction.RECORD_PBI, draftId, ifMatch, caller);
        if (paragraphs == null || paragraphs.isEmpty()) {
            throw Refusal.unprocessable("paragraph-missing", "A statement of programme budget implications names the operative paragraphs it concerns");
        }
        if (statement == null || statement.isBlank()) {
            throw Refusal.unprocessable("no-statement", "Give the text of the statement");
        }
        Document text = versions.require(draftId, draft.currentVersion()).document();
        List<String> labels = new ArrayList<>();
        for (String label : paragraphs) {
            Paragraph p = text.byLabel(label == null ? "" : label)
                    .filter(x -> x.kind() == ParagraphKind.OPERATIVE)
                    .orElseThrow(() -> Refusal.unprocessable("unknown-paragraph", "There is no operative paragraph " + label));
            labels.add(text.labelOf(p.id()));
        }
        DatingSteps.Dated dated = dating.date(draftId, "statement of programme budget implications", date, caller.username());
        records.pbi(draftId, symbol == null || symbol.isBlank() ? null : symbol.trim(), labels, statement.strip(), caller.username());
        drafts.touch(draftId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("paragraphs", labels);
        payload.put("symbol", symbol == null ? "" : symbol.trim());
        dated.into(payload);
        steps.record(caller, "pbi.recorded", draftId, payload);
        return steps.reload(draftId);
    }
}
