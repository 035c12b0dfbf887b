package org.draftroom.web.live;

/**
 * That something committed changed a draft: the audit event's type and sequence number. No
 * actor, no payload: a client that hears of a change re-reads what it is allowed to see.
 */
public record DraftChange(long draftId, String type, long seq) {
}
