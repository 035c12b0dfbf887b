package org.draftroom.document.app;

import org.draftroom.document.store.DraftRecord;
import org.draftroom.security.Caller;

/**
 * Told of every new draft inside the transaction that creates it (the lifecycle starts the
 * draft's process here). Throwing rolls the whole import back.
 */
public interface DraftCreatedListener {
    void draftCreated(DraftRecord draft, Caller creator);
}
