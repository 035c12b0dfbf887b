package org.draftroom.audit;

import org.draftroom.audit.chain.CanonicalJson;

/**
 * An event made ready for the chain when it is recorded: canonical payload, request id, and
 * text that PostgreSQL can store exactly (U+0000 becomes U+FFFD).
 */
record PendingEntry(String username, String role, String memberState, Long draftId, String type, String payload,
                    String requestId) {

    static PendingEntry of(AuditEvent event, String requestId) {
        return new PendingEntry(clean(event.username()), clean(event.role()), clean(event.memberState()),
                event.draftId(), clean(event.type()), CanonicalJson.of(event.payload()), clean(requestId));
    }

    private static String clean(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
}
