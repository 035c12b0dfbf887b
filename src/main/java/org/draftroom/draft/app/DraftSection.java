package org.draftroom.draft.app;

import org.draftroom.draft.model.Draft;
import org.draftroom.shared.Caller;

/**
 * A part of a draft's description contributed by another feature (co-sponsors, decisions,
 * amendments...). Each must read what it needs in a constant number of queries.
 */
public interface DraftSection {
    /** The member name under {@code procedure} in the draft's JSON. */
    String name();

    Object describe(Draft draft, Caller caller);
}
