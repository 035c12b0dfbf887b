package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.draft.store.DraftRecord;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The main sponsors issue a revision: the draft's current text (which may be a working text with
 * accepted amendments folded in) becomes the version under the next symbol, L.20/Rev.1, /Rev.2 ...
 */
@Singleton
public class RevisingDraft {
    private final DraftSteps steps;
    private final DraftStore drafts;
    private final VersionStore versions;
    private final NumberSeries numbers;
    private final ProcedureRecords records;
    private final DatingSteps dating;

    RevisingDraft(DraftSteps steps, DraftStore drafts, VersionStore versions, NumberSeries numbers, ProcedureRecords records,
                  DatingSteps dating) {
        this.dating = dating;
        this.steps = steps;
        this.drafts = drafts;
        this.versions = versions;
        this.numbers = numbers;
        this.records = records;
    }

    @Transactional
    public DraftRecord revise(Caller caller, long draftId, String ifMatch, LocalDate date) {
        DraftRecord draft = steps.begin(LifecycleAction.REVISE, draftId, ifMatch, caller);
        String symbol = Symbols.nextRevision(draft.symbol());
        while (numbers.taken(symbol)) {
            symbol = Symbols.nextRevision(symbol);
        }
        if (symbol.length() > 200) {
            throw Refusal.conflict("no-revision-symbol", "No free revision symbol");
        }
        LocalDate on = dating.date(draftId, "revision " + symbol, date, caller.username()).on();
        Document current = versions.require(draftId, draft.currentVersion()).document();
        Document text = IssuedText.asIssuedDraft(current, symbol, on, steps.mainSponsorNames(draft, on));
        DocumentLimits.checkMade(text, "The revision " + symbol);
        int version = versions.append(draftId, symbol, VersionKind.REVISED, text, caller.username());
        records.symbolIssued(draftId, new ProcedureRecords.SymbolIssued(symbol, "REVISED", on, version), caller.username());
        drafts.update(draftId, draft.stage(), symbol, draft.facilitator(), draft.processInstanceId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", symbol);
        payload.put("before", draft.symbol());
        payload.put("version", version);
        payload.put("date", on.toString());
        steps.record(caller, "draft.revised", draftId, payload);
        return steps.reload(draftId);
    }
}
