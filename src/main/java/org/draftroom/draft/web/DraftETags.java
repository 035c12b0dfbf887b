package org.draftroom.draft.web;

import org.draftroom.draft.model.Draft;

/**
 * A draft's entity tag: it moves with every change of the draft. A read of the draft may carry a
 * longer tag that starts with this one (the draft's change count and who reads it follow, so that
 * a repeated read can be answered 304); as an If-Match, such a tag is checked on its first part.
 */
public final class DraftETags {
    private DraftETags() {
    }

    public static String of(Draft draft) {
        return draft.etag();
    }

    public static String of(long draftId, long rowVersion) {
        return "\"" + draftId + "." + rowVersion + "\"";
    }

    /** Whether an If-Match names this state of the draft (its own tag, or a read's tag that starts with it). */
    public static boolean matches(String ifMatch, Draft draft) {
        return draft.matches(ifMatch);
    }
}
