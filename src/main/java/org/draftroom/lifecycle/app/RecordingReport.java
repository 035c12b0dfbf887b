package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The secretariat records the Committee's report: A/80/463 (or /Add.2), the paragraph, "draft resolution IV". */
@Singleton
public class RecordingReport {
    private final DraftSteps steps;
    private final ProcedureRecords records;
    private final DatingSteps dating;

    RecordingReport(DraftSteps steps, ProcedureRecords records, DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.records = records;
    }

    @Transactional
    public Draft record(Caller caller, long draftId, String ifMatch, String symbol, Integer paragraph, String recommendation,
                              java.time.LocalDate date) {
        Draft draft = steps.begin(LifecycleAction.RECORD_REPORT, draftId, ifMatch, caller);
        String report = symbol == null ? "" : symbol.trim();
        if (!report.matches("A/\\d{1,3}/\\d{1,5}(/Add\\.\\d{1,3})?")) {
            throw Refusal.unprocessable("not-a-report-symbol", "A report's symbol reads A/80/463 or A/80/463/Add.2, not '" + symbol + "'");
        }
        if (paragraph != null && (paragraph < 1 || paragraph > 9999)) {
            throw Refusal.unprocessable("not-a-paragraph", "The paragraph of the report that recommends the draft is a number"
                    + " such as 26 (or leave it out, as the reports of some sessions print none), not " + paragraph);
        }
        String numbered = recommendation == null ? "" : recommendation.trim();
        if (numbered.matches("[IVXLC]+")) {
            numbered = "draft resolution " + numbered;
        }
        if (!numbered.matches("draft (resolution|decision) [IVXLC]+")) {
            throw Refusal.unprocessable("no-recommendation", "Give the draft's number in the report, such as \"IV\" or \"draft resolution IV\"");
        }
        DatingSteps.Dated dated = dating.date(draftId, "report of the Committee", date, caller.username());
        records.report(draftId, new ProcedureRecords.ReportEntry(report, paragraph, numbered), dated.on(), caller.username());
        Draft reported = steps.move(draft, Stage.REPORTED, draft.symbol());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", report);
        if (paragraph != null) {
            payload.put("paragraph", paragraph);
        }
        payload.put("recommendation", numbered);
        dated.into(payload);
        steps.record(caller, "report.recorded", draftId, payload);
        return reported;
    }
}
