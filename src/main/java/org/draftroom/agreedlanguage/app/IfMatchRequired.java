package org.draftroom.agreedlanguage.app;

import org.draftroom.shared.Refusal;

import java.util.function.Supplier;

/** The If-Match check of agreed language's changes: required (428), and equal to the current tag (else the given 412). */
final class IfMatchRequired {
    private IfMatchRequired() {
    }

    static void check(String ifMatch, String current, String sendWhat, Supplier<Refusal> stale) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Refusal(Refusal.Kind.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send If-Match with " + sendWhat).with("etag", current);
        }
        if (!ifMatch.strip().equals(current)) {
            throw stale.get().with("etag", current);
        }
    }
}
