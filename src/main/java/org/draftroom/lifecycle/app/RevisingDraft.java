package org.draftroom.lifecycle.app;

import org.draftroom.lifecycle.JobNumber;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.draft.store.VersionStore;
import org.draftroom.lifecycle.IssuedText;
import org.draftroom.document.compare.FootnoteComparer;
import org.draftroom.document.compare.FootnoteDifference;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.OralRevision;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final int MAX_FOOTNOTE_CHANGES = 200;

    /** A footnote the revision adds, changes or removes, in the paragraph ("PP5") that cites it. */
    public record FootnoteChange(String paragraph, OralRevision.FootnoteChange change) {
    }

    /**
     * @param footnotes footnotes the revision adds, changes or removes (none: the text is issued as it stands);
     *                  the differences are recorded with the revision and shown by the comparison of versions
     */
    @Transactional
    public Draft revise(Caller caller, long draftId, String ifMatch, LocalDate date, List<FootnoteChange> footnotes) {
        return revise(caller, draftId, ifMatch, date, footnotes, null);
    }

    /** With the job number the revision was issued under ("21-19074"), when known. */
    @Transactional
    public Draft revise(Caller caller, long draftId, String ifMatch, LocalDate date, List<FootnoteChange> footnotes,
                        String jobNumber) {
        String job = JobNumber.of(jobNumber);
        Draft draft = steps.begin(LifecycleAction.REVISE, draftId, ifMatch, caller);
        String symbol = Symbols.nextRevision(draft.symbol());
        while (numbers.taken(symbol)) {
            symbol = Symbols.nextRevision(symbol);
        }
        if (symbol.length() > 200) {
            throw Refusal.conflict("no-revision-symbol", "No free revision symbol");
        }
        LocalDate on = dating.date(draftId, "revision " + symbol, date, caller.username()).on();
        Document current = versions.require(draftId, draft.currentVersion()).document();
        Document withFootnotes = withFootnotes(current, footnotes);
        List<FootnoteDifference> differences = FootnoteComparer.compare(current, withFootnotes);
        Document text = IssuedText.asIssuedDraft(withFootnotes, symbol, on, steps.mainSponsorNames(draft, on));
        DocumentLimits.checkMade(text, "The revision " + symbol);
        int version = versions.append(draftId, symbol, VersionKind.REVISED, text, caller.username());
        records.symbolIssued(draftId, new ProcedureRecords.SymbolIssued(symbol, "REVISED", on, version, job), caller.username());
        drafts.update(draftId, draft.stage(), symbol, draft.facilitator(), draft.processInstanceId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("symbol", symbol);
        payload.put("before", draft.symbol());
        payload.put("version", version);
        payload.put("date", on.toString());
        if (job != null) {
            payload.put("jobNumber", job);
        }
        if (!differences.isEmpty()) {
            payload.put("footnotes", differences.stream().map(RevisingDraft::described).toList());
        }
        steps.record(caller, "draft.revised", draftId, payload);
        return steps.reload(draftId);
    }

    /** The footnote changes applied paragraph by paragraph, in the order given (as an oral revision applies them). */
    private static Document withFootnotes(Document current, List<FootnoteChange> footnotes) {
        if (footnotes == null || footnotes.isEmpty()) {
            return current;
        }
        if (footnotes.size() > MAX_FOOTNOTE_CHANGES) {
            throw Refusal.unprocessable("too-many-changes", "A revision changes at most " + MAX_FOOTNOTE_CHANGES + " footnotes")
                    .with("field", "footnotes");
        }
        List<OralRevision.Change> changes = new ArrayList<>();
        for (FootnoteChange f : footnotes) {
            if (f == null || f.paragraph() == null || f.paragraph().isBlank()) {
                throw Refusal.unprocessable("incomplete-footnote", "Each footnote change names the paragraph that cites it")
                        .with("field", "footnotes");
            }
            changes.add(new OralRevision.Change(f.paragraph().strip(), null, null, List.of(f.change())));
        }
        return OralRevision.apply(current, changes);
    }

    /** "footnote 3 added", "footnote 5 (was 4) changed", "footnote 2 removed", "footnote 7 renumbered 8". */
    private static String described(FootnoteDifference d) {
        return switch (d.type()) {
            case ADDED -> "footnote " + d.afterNumber() + " added";
            case REMOVED -> "footnote " + d.beforeNumber() + " removed";
            case CHANGED -> "footnote " + d.afterNumber() + (d.afterNumber().equals(d.beforeNumber()) ? "" : " (was " + d.beforeNumber() + ")")
                    + " changed";
            case RENUMBERED -> "footnote " + d.beforeNumber() + " renumbered " + d.afterNumber();
        };
    }
}
