package org.draftroom.agreedlanguage.app;

import org.draftroom.shared.Refusal;

/** A paragraph status's entity tag ("\"s12.3\"": draft 12, third change), and the If-Match check (required). */
public final class StatusTags {
    private StatusTags() {
    }

    public static String of(long draftId, String paragraphId, long rowVersion) {
        return "\"s" + draftId + "." + paragraphId + "." + rowVersion + "\"";
    }

    static void mustMatch(String ifMatch, String current, String label) {
        IfMatchRequired.check(ifMatch, current,
                "the status's entity tag (from the compilation) so as not to overwrite a change made meanwhile",
                () -> new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-status", "Changed meanwhile",
                        "The status of " + label + " changed since you read it (now " + current + "); read it again"));
    }
}
