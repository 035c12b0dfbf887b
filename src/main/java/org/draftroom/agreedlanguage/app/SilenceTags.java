package org.draftroom.agreedlanguage.app;

import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.shared.Refusal;

/** A silence's entity tag ("\"q12.4.2\"": draft 12, silence 4, second change), and the If-Match check (required). */
public final class SilenceTags {
    private SilenceTags() {
    }

    public static String of(Silence silence) {
        return "\"q" + silence.draftId() + "." + silence.id() + "." + silence.rowVersion() + "\"";
    }

    static void mustMatch(String ifMatch, Silence silence) {
        String current = of(silence);
        IfMatchRequired.check(ifMatch, current, "the silence's entity tag (from the draft or GET .../silence)",
                () -> new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-silence", "The silence procedure has changed",
                        "The silence procedure changed since you read it (now " + current + "); read it again"));
    }
}
