package org.draftroom.audit.chain;

import java.time.Instant;

/**
 * One stored entry of the audit trail, exactly as kept in {@code audit_entry}.
 *
 * @param seq         position in the chain, from 1, without gaps
 * @param occurredAt  database time at which the entry was appended (microseconds)
 * @param username    who acted (for a failed sign-in, the name tried)
 * @param role        the actor's role, or null
 * @param memberState the actor's Member State, or null
 * @param draftId     the draft concerned, or null
 * @param type        event type, such as {@code cosponsorship.joined}
 * @param payload     the payload's canonical JSON text ({@link CanonicalJson})
 * @param requestId   the HTTP request that made the change, or null
 * @param prevHash    the previous entry's hash ({@link EntryHasher#GENESIS} for the first)
 * @param hash        this entry's hash ({@link EntryHasher})
 */
public record AuditEntry(long seq, Instant occurredAt, String username, String role, String memberState,
                         Long draftId, String type, String payload, String requestId, String prevHash, String hash) {
}
