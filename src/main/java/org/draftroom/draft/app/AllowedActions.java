package org.draftroom.draft.app;

import org.draftroom.draft.model.Draft;
import org.draftroom.shared.Caller;

import java.util.List;

/** The actions a caller may take on a draft now, so that a client shows just those buttons. */
public interface AllowedActions {
    List<String> of(Draft draft, Caller caller);
}
