package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.draft.app.VoteProposers;
import org.draftroom.draft.model.Draft;
import org.draftroom.memberstate.MemberStates;

/** The proposer of every amendment of a draft, with the group it spoke for: "Egypt, on behalf of the Group of African States". */
@Singleton
class AmendmentProposers implements VoteProposers {
    private final AmendmentStore amendments;
    private final MemberStates memberStates;

    AmendmentProposers(AmendmentStore amendments, MemberStates memberStates) {
        this.amendments = amendments;
        this.memberStates = memberStates;
    }

    @Override
    @ReadOnly
    public Map<String, String> ofAmendments(Draft draft) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AmendmentStore.Proposer p : amendments.proposers(draft.id())) {
            String state = memberStates.nameInSession(p.memberState(), draft.session());
            out.put(p.reference(), p.onBehalfOf() == null ? state : state + ", on behalf of " + p.onBehalfOf());
        }
        return out;
    }
}
