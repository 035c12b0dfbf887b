package org.draftroom.lifecycle;

import org.draftroom.draft.model.Draft;

/**
 * Asked, inside the transaction, before the Committee's decision on a draft is recorded; throws a
 * {@link org.draftroom.shared.Refusal} to prevent it (the amendments feature refuses while
 * amendments at action are undecided).
 */
public interface BeforeCommitteeDecision {
    /** What the Committee is about to decide. */
    enum Subject { PROPOSAL, NO_ACTION_MOTION }

    void check(Draft draft, Subject subject);
}
