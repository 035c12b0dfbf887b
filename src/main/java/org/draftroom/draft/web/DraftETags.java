package org.draftroom.draft.web;

import org.draftroom.draft.store.DraftRecord;

/** A draft's entity tag: it moves with every change of the draft. */
public final class DraftETags {
    private DraftETags() {
    }

    public static String of(DraftRecord draft) {
        return "\"" + draft.id() + "." + draft.rowVersion() + "\"";
    }
}
