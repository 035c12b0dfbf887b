package org.draftroom.sponsorship;

import jakarta.inject.Singleton;
import org.draftroom.lifecycle.CoSponsorship;

import java.util.List;

/** Answers the procedure's questions about a draft's co-sponsors from the store. */
@Singleton
class CoSponsorsForTheProcedure implements CoSponsorship {
    private final CoSponsorStore store;
    private final ClosingCoSponsorship closing;

    CoSponsorsForTheProcedure(CoSponsorStore store, ClosingCoSponsorship closing) {
        this.store = store;
        this.closing = closing;
    }

    @Override
    public boolean isOpen(long draftId) {
        return store.listState(draftId).open();
    }

    @Override
    public List<String> coSponsors(long draftId) {
        return store.list(draftId).stream().map(CoSponsorStore.CoSponsor::memberState).toList();
    }

    @Override
    public boolean closeWithStep(long draftId, String step) {
        return closing.withStep(draftId, step);
    }
}
