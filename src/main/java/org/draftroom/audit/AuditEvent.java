package org.draftroom.audit;

import org.draftroom.shared.Caller;

import java.util.Map;
import java.util.Objects;

/**
 * One state change to record: who (user, role, Member State), what (event type and a
 * structured payload with ids and before/after), and the draft it concerns, if any.
 * When (database time) and the request id are added by the trail.
 *
 * <h2>Event types</h2>
 * {@code <subject>.<what-happened>}, lower case, words joined by hyphens, verb in the past:
 * {@code draft.imported}, {@code draft.version-created}, {@code draft.tabled}, {@code draft.revised},
 * {@code draft.withdrawn}, {@code draft.facilitator-assigned}, {@code cosponsorship.joined},
 * {@code cosponsorship.withdrawn}, {@code cosponsorship.closed}, {@code cosponsorship.deadline-set},
 * {@code pbi.recorded}, {@code action.deferred}, {@code oral-revision.recorded},
 * {@code action.recorded} (payload: {@code decision}, {@code votes}), {@code vote.recorded},
 * {@code report.recorded}, {@code plenary.recorded}, {@code amendment.proposed},
 * {@code amendment.re-anchored}, {@code amendment.accepted}, {@code amendment.rejected},
 * {@code amendment.withdrawn}, {@code amendment.voted}, {@code user.created},
 * {@code user.role-changed}, {@code login.failed}. {@code user.*} and {@code login.*} are private:
 * only the secretariat sees them, never a draft's history.
 *
 * <h2>Payload</h2>
 * The ids of what changed and, for a change of a value, {@code before} and {@code after}. The
 * draft's history reads these fields when present: {@code symbol} (e.g. A/C.3/80/L.20),
 * {@code memberState} (alpha-3 of the State concerned, e.g. who joined) or {@code memberStateName},
 * {@code version}, {@code decision} (e.g. "adopted without a vote"), {@code votes}
 * ({@code {"yes":120,"no":10,"abstain":30}}), {@code amendment} (its number or label),
 * {@code deadline}, {@code date}, {@code facilitator}, {@code resolution}. Values: strings,
 * numbers, booleans, enums, java.time values, UUIDs, lists, maps and records
 * ({@link org.draftroom.audit.chain.CanonicalJson}); anything else is refused when recorded.
 *
 * <h2>Recording</h2>
 * Call {@link AuditTrail#record} inside the transaction that makes the change (once per change);
 * the entry is appended when that transaction commits, and not at all if it rolls back.
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
