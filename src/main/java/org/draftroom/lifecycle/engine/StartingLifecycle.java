package org.draftroom.lifecycle.engine;

import jakarta.inject.Singleton;
import org.draftroom.draft.app.DraftCreatedListener;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.shared.Caller;

/** Every new draft gets its process instance (business key: the draft id); adopted resolutions do not. */
@Singleton
class StartingLifecycle implements DraftCreatedListener {
    private final DraftProcess process;
    private final DraftStore drafts;

    StartingLifecycle(DraftProcess process, DraftStore drafts) {
        this.process = process;
        this.drafts = drafts;
    }

    @Override
    public void draftCreated(Draft draft, Caller creator) {
        if (draft.stage() == Stage.ADOPTED) {
            return;
        }
        String instance = process.start(draft.id());
        drafts.update(draft.id(), draft.stage(), draft.symbol(), draft.facilitator(), instance);
    }
}
