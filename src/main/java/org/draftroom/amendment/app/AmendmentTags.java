package org.draftroom.amendment.app;

import org.draftroom.amendment.model.Amendment;
import org.draftroom.shared.Refusal;

/** An amendment's entity tag, which moves with every change of it, and the If-Match check. */
public final class AmendmentTags {
    private AmendmentTags() {
    }

    public static String of(Amendment a) {
        return "\"a" + a.id() + "." + a.rowVersion() + "\"";
    }

    /** Refuses (412) when the client's If-Match names another state of the amendment; no header, no check. */
    public static void mustMatch(String ifMatch, Amendment a) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*") && !ifMatch.strip().equals(of(a))) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-amendment", "Changed meanwhile",
                    a.reference() + " changed since you read it (now " + of(a) + "); read it again").with("amendment", a.number());
        }
    }
}
