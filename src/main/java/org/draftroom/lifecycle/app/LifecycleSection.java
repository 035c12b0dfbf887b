package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.DraftHeading;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.shared.Caller;

import java.util.List;

/** "lifecycle" in a draft's JSON: stage, symbols it has carried, heading, PBI statements, the process's open tasks. */
@Singleton
class LifecycleSection implements DraftSection {
    private final ProcedureRecords records;
    private final DraftSteps steps;
    private final DraftProcess process;

    LifecycleSection(ProcedureRecords records, DraftSteps steps, DraftProcess process) {
        this.records = records;
        this.steps = steps;
        this.process = process;
    }

    record Lifecycle(String stage, String symbol, String heading, List<ProcedureRecords.SymbolIssued> symbols,
                     List<ProcedureRecords.PbiStatement> pbiStatements, String processInstanceId, List<String> openTasks) {
    }

    @Override
    public String name() {
        return "lifecycle";
    }

    @Override
    public Object describe(Draft draft, Caller caller) {
        List<String> sponsors = steps.mainSponsorNames(draft);
        String heading = sponsors.isEmpty() || draft.stage() == Stage.ADOPTED ? null
                : DraftHeading.sponsorLine(sponsors, Symbols.isRevision(draft.symbol()));
        return new Lifecycle(draft.stage().name(), draft.symbol(), heading, records.symbols(draft.id()), records.pbis(draft.id()),
                draft.processInstanceId(),
                draft.processInstanceId() == null ? List.of() : process.activeTasks(draft.processInstanceId()));
    }
}
