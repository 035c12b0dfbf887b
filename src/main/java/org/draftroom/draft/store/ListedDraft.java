package org.draftroom.draft.store;

import org.draftroom.draft.model.Draft;

import java.time.OffsetDateTime;

/**
 * A draft as the list of drafts shows it: the draft and when it last changed, the time of the
 * latest entry the audit trail holds for it (a proposal, a co-sponsor, a step of the procedure),
 * or its creation when none.
 */
public record ListedDraft(Draft draft, OffsetDateTime lastChangedAt) {
}
