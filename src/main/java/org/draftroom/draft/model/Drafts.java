package org.draftroom.draft.model;

import org.draftroom.shared.Refusal;

/**
 * The one entry point for what every feature does to a draft before changing it: lock it, check
 * {@code If-Match}, read its stage, move it. The JDBC {@code DraftStore} implements it; a use case
 * that asks for this port can be unit tested with a draft held in memory. Every method runs in the
 * caller's transaction.
 */
public interface Drafts {
    /** Reads the draft and locks it until the transaction ends: changes to one draft take turns. 404 when unknown. */
    Draft lock(long id);

    /** Reads the draft without a lock. 404 when unknown. */
    Draft require(long id);

    /** Changes stage, symbol, facilitator or process of a draft; its ETag moves. */
    void update(long id, Stage stage, String symbol, String facilitator, String processInstanceId);

    /** Marks the draft as changed (its ETag moves) without touching anything else. */
    void touch(long id);

    /**
     * Locks the draft and checks {@code If-Match} against its ETag: absent, blank or {@code *} match any
     * version; another ETag is 412 {@code stale-draft}, naming the current one.
     */
    default Draft lockMatching(long id, String ifMatch) {
        Draft draft = lock(id);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*") && !draft.matches(ifMatch)) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-draft", "The draft has changed",
                    "The draft changed since it was read (ETag " + draft.etag() + ", If-Match " + ifMatch.trim()
                            + "); read it again.").with("etag", draft.etag());
        }
        return draft;
    }

    /** The draft's stage now. */
    default Stage stageOf(long id) {
        return require(id).stage();
    }
}
