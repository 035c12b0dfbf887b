package org.draftroom.draft.app;

import org.draftroom.draft.model.Draft;
import org.draftroom.shared.Caller;

/**
 * Told of every new draft inside the transaction that creates it (the lifecycle starts the
 * draft's process here). Throwing rolls the whole import back.
 */
public interface DraftCreatedListener {
    void draftCreated(Draft draft, Caller creator);
}
