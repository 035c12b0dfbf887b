package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.store.DraftRecord;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.draft.web.DraftETags;
import org.draftroom.lifecycle.ActionPolicy;
import org.draftroom.lifecycle.DraftFacts;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Stage;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.sponsorship.CoSponsorStore;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every step of the procedure does the same way: lock the draft (and check If-Match),
 * check the rules, move the stage and the process, record the audit entry last.
 */
@Singleton
public class DraftSteps {
    private final DraftStore drafts;
    private final CoSponsorStore coSponsors;
    private final DraftProcess process;
    private final AuditTrail audit;
    private final MemberStates memberStates;

    DraftSteps(DraftStore drafts, CoSponsorStore coSponsors, DraftProcess process, AuditTrail audit, MemberStates memberStates) {
        this.drafts = drafts;
        this.coSponsors = coSponsors;
        this.process = process;
        this.audit = audit;
        this.memberStates = memberStates;
    }

    /** Locks the draft until the transaction ends, checks If-Match (when given) and the rules of the step. */
    public DraftRecord begin(LifecycleAction action, long draftId, String ifMatch, Caller caller) {
        DraftRecord draft = drafts.lock(draftId);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*") && !DraftETags.matches(ifMatch, draft)) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-draft", "The draft has changed",
                    "The draft changed since it was read (ETag " + DraftETags.of(draft) + ", If-Match " + ifMatch.trim()
                            + "); read it again.").with("etag", DraftETags.of(draft));
        }
        ActionPolicy.check(action, facts(draft), caller);
        return draft;
    }

    public DraftFacts facts(DraftRecord draft) {
        Stage stage = stageOf(draft);
        return new DraftFacts(stage, draft.mainSponsors(), Symbols.committeeCode(draft.committee()).isEmpty(),
                coSponsors.listState(draft.id()).open(),
                coSponsors.list(draft.id()).stream().map(CoSponsorStore.CoSponsor::memberState).collect(Collectors.toSet()));
    }

    public static Stage stageOf(DraftRecord draft) {
        return Stage.parse(draft.stage()).orElseThrow(() -> new IllegalStateException("Unknown stage " + draft.stage()));
    }

    /** Writes the new stage (and symbol) and lets the process follow. */
    public DraftRecord move(DraftRecord draft, Stage to, String symbol) {
        drafts.update(draft.id(), to.name(), symbol, draft.facilitator(), draft.processInstanceId());
        process.left(draft, stageOf(draft));
        return drafts.require(draft.id());
    }

    /** The draft changed without a new stage: its ETag moves. */
    public void touch(long draftId) {
        drafts.touch(draftId);
    }

    public DraftRecord reload(long draftId) {
        return drafts.require(draftId);
    }

    public void record(Caller caller, String type, long draftId, Map<String, Object> payload) {
        audit.record(AuditEvent.by(caller, type, draftId, payload));
    }

    /** The main sponsors' names, in English alphabetical order. */
    public List<String> mainSponsorNames(DraftRecord draft) {
        return org.draftroom.lifecycle.DraftHeading.alphabetical(draft.mainSponsors().stream()
                .map(c -> memberStates.nameInSession(c, draft.session())).toList());
    }

    /** The main sponsors' names as they were on {@code on}, in English alphabetical order. */
    public List<String> mainSponsorNames(DraftRecord draft, java.time.LocalDate on) {
        return org.draftroom.lifecycle.DraftHeading.alphabetical(draft.mainSponsors().stream()
                .map(c -> memberStates.nameOn(c, on)).toList());
    }

    /** "Belarus, Russian Federation and Venezuela (Bolivarian Republic of)". */
    public String mainSponsorsPrinted(DraftRecord draft) {
        return org.draftroom.document.parse.SponsorList.format(mainSponsorNames(draft));
    }
}
