package org.draftroom.lifecycle.app;

import org.draftroom.lifecycle.JobNumber;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.ActionPolicy;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A main sponsor submits the draft (or the secretariat tables it for them): it gets the next free
 * L. symbol of its committee and session, and the current text becomes the frozen version under
 * that symbol. The secretariat may give the symbol itself, if free.
 */
@Singleton
public class TablingDraft {
    private final DraftSteps steps;
    private final VersionStore versions;
    private final NumberSeries numbers;
    private final ProcedureRecords records;
    private final DatingSteps dating;
    private final List<AfterTabling> afterTabling;

    TablingDraft(DraftSteps steps, VersionStore versions, NumberSeries numbers, ProcedureRecords records, DatingSteps dating,
                 List<AfterTabling> afterTabling) {
        this.steps = steps;
        this.versions = versions;
        this.numbers = numbers;
        this.records = records;
        this.dating = dating;
        this.afterTabling = afterTabling;
    }

    @Transactional
    public Draft table(Caller caller, long draftId, String ifMatch, LocalDate date, String symbol) {
        return table(caller, draftId, ifMatch, date, symbol, null);
    }

    /** With the job number the tabled document was issued under ("21-19074"), when known. */
    @Transactional
    public Draft table(Caller caller, long draftId, String ifMatch, LocalDate date, String symbol, String jobNumber) {
        String job = JobNumber.of(jobNumber);
        Draft draft = steps.begin(LifecycleAction.TABLE, draftId, ifMatch, caller);
        if (draft.session() == null) {
            throw Refusal.unprocessable("no-session", "The draft names no session, so it cannot get a symbol");
        }
        String series = Symbols.draftSeries(draft.committee(), draft.session());
        String issued = symbol == null || symbol.isBlank() ? series + numbers.nextFree(series) : chosen(caller, series, symbol.trim());
        LocalDate on = dating.date(draftId, DatingSteps.TABLED, date, caller.username()).on();
        Document current = versions.require(draftId, draft.currentVersion()).document();
        Document text = IssuedText.asIssuedDraft(current, issued, on, steps.mainSponsorNames(draft, on));
        int version = versions.append(draftId, issued, VersionKind.TABLED, text, caller.username());
        records.symbolIssued(draftId, new ProcedureRecords.SymbolIssued(issued, VersionKind.TABLED.name(), on, version, job), caller.username());
        Draft tabled = steps.move(draft, Stage.TABLED, issued);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", issued);
        payload.put("memberStateName", org.draftroom.document.parse.SponsorList.format(steps.mainSponsorNames(draft, on)));
        payload.put("version", version);
        payload.put("date", on.toString());
        if (job != null) {
            payload.put("jobNumber", job);
        }
        steps.record(caller, "draft.tabled", draftId, payload);
        afterTabling.forEach(a -> a.tabled(caller, draftId, issued, on));
        return tabled;
    }

    private String chosen(Caller caller, String series, String symbol) {
        if (!ActionPolicy.givesSymbols(caller)) {
            throw Refusal.forbidden("Only the secretariat gives symbols; submit without one to get the next free symbol.");
        }
        OptionalInt number = Symbols.numberIn(symbol, series);
        if (number.isEmpty()) {
            throw Refusal.unprocessable("wrong-series", "The symbol must be of the series " + series + "n, not " + symbol);
        }
        if (numbers.taken(symbol)) {
            throw Refusal.conflict("symbol-taken", symbol + " is already issued");
        }
        numbers.take(series, number.getAsInt());
        return symbol;
    }
}
