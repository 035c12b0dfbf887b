package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.draft.app.AllowedActions;
import org.draftroom.draft.model.Draft;
import org.draftroom.shared.Caller;

import java.util.List;

/** Contributes the procedure's steps the caller may take now to a draft's {@code allowedActions}. */
@Singleton
class LifecycleAllowedActions implements AllowedActions {
    private final LifecycleReading reading;

    LifecycleAllowedActions(LifecycleReading reading) {
        this.reading = reading;
    }

    @Override
    public List<String> of(Draft draft, Caller caller) {
        return reading.allowedActions(draft, caller);
    }
}
