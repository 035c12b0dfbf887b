package org.draftroom.audit;

import org.draftroom.security.Caller;

import java.util.Map;
import java.util.Objects;

/**
 * One state change to record: who (user, role, Member State), what (event type and a
 * structured payload with ids and before/after), and the draft it concerns, if any.
 * When and the request id are added by the trail.
 *
 * @param type        event type, such as {@code draft.imported} or {@code cosponsorship.joined}
 * @param username    who acted (for a failed sign-in: the name that was tried)
 * @param role        the actor's role, or null when not signed in
 * @param memberState the actor's Member State (delegates), or null
 * @param draftId     the draft concerned, or null
 * @param payload     ids and before/after values; JSON-serialisable values only
 */
public record AuditEvent(String type, String username, String role, String memberState, Long draftId,
                         Map<String, Object> payload) {
    public AuditEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(username, "username");
        payload = payload == null ? Map.of() : payload;
    }

    public static AuditEvent by(Caller caller, String type, Long draftId, Map<String, Object> payload) {
        return new AuditEvent(type, caller.username(), caller.role().name(), caller.memberState(), draftId, payload);
    }

    public static AuditEvent unauthenticated(String attemptedUsername, String type, Map<String, Object> payload) {
        return new AuditEvent(type, attemptedUsername, null, null, null, payload);
    }
}
