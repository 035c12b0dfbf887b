package org.draftroom.draft.web;

import org.draftroom.draft.model.Draft;

/** A draft's entity tag: it moves with every change of the draft. */
public final class DraftETags {
    private DraftETags() {
    }

    public static String of(Draft draft) {
        return draft.etag();
    }
}
