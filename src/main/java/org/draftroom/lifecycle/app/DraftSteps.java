package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Drafts;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.ActionPolicy;
import org.draftroom.lifecycle.CoSponsorship;
import org.draftroom.lifecycle.CoSponsorshipRule;
import org.draftroom.lifecycle.DraftFacts;
import org.draftroom.lifecycle.LifecycleAction;
import org.draftroom.lifecycle.Symbols;
import org.draftroom.lifecycle.engine.DraftProcess;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every step of the procedure does the same way: lock the draft (and check If-Match),
 * check the rules, move the stage and the process, record the audit entry last.
 */
@Singleton
public class DraftSteps {
    private final Drafts drafts;
    private final CoSponsorship coSponsors;
    private final ActionPolicy policy;
    private final DraftProcess process;
    private final AuditTrail audit;
    private final MemberStates memberStates;

    DraftSteps(Drafts drafts, CoSponsorship coSponsors, CoSponsorshipRule coSponsorshipRule, DraftProcess process, AuditTrail audit,
               MemberStates memberStates) {
        this.drafts = drafts;
        this.coSponsors = coSponsors;
        this.policy = new ActionPolicy(coSponsorshipRule);
        this.process = process;
        this.audit = audit;
        this.memberStates = memberStates;
    }

    /** Locks the draft until the transaction ends, checks If-Match (when given) and the rules of the step. */
    public Draft begin(LifecycleAction action, long draftId, String ifMatch, Caller caller) {
        Draft draft = drafts.lockMatching(draftId, ifMatch);
        check(action, draft, caller);
        return draft;
    }

    /** Refuses the step unless the caller may take it now on this draft (locked or shared by the caller). */
    public void check(LifecycleAction action, Draft draft, Caller caller) {
        policy.check(action, facts(draft), caller);
    }

    /** The steps the caller may take now, in the order of the procedure. */
    public List<String> allowed(Draft draft, Caller caller) {
        return policy.allowed(facts(draft), caller);
    }

    public DraftFacts facts(Draft draft) {
        return new DraftFacts(draft.stage(), draft.mainSponsors(), Symbols.committeeCode(draft.committee()).isEmpty(),
                coSponsors.isOpen(draft.id()), Set.copyOf(coSponsors.coSponsors(draft.id())));
    }

    /** Writes the new stage (and symbol) and lets the process follow. */
    public Draft move(Draft draft, Stage to, String symbol) {
        drafts.update(draft.id(), to, symbol, draft.facilitator(), draft.processInstanceId());
        process.left(draft, draft.stage());
        return drafts.require(draft.id());
    }

    /** The draft changed without a new stage: its ETag moves. */
    public void touch(long draftId) {
        drafts.touch(draftId);
    }

    public Draft reload(long draftId) {
        return drafts.require(draftId);
    }

    public void record(Caller caller, String type, long draftId, Map<String, Object> payload) {
        audit.record(AuditEvent.by(caller, type, draftId, payload));
    }

    /** The main sponsors' names, in English alphabetical order. */
    public List<String> mainSponsorNames(Draft draft) {
        return org.draftroom.lifecycle.DraftHeading.alphabetical(draft.mainSponsors().stream()
                .map(c -> memberStates.nameInSession(c, draft.session())).toList());
    }

    /** The main sponsors' names as they were on {@code on}, in English alphabetical order. */
    public List<String> mainSponsorNames(Draft draft, java.time.LocalDate on) {
        return org.draftroom.lifecycle.DraftHeading.alphabetical(draft.mainSponsors().stream()
                .map(c -> memberStates.nameOn(c, on)).toList());
    }

    /** "Belarus, Russian Federation and Venezuela (Bolivarian Republic of)". */
    public String mainSponsorsPrinted(Draft draft) {
        return org.draftroom.document.parse.SponsorList.format(mainSponsorNames(draft));
    }
}
