package org.draftroom.web.live;

import java.util.Map;

/**
 * That something committed changed a draft: the audit entry's sequence number (the event's id,
 * the same on every server) and the event itself as the database built it ({@code draftId},
 * {@code type}, {@code seq}, and what changed: {@code amendment}, {@code status},
 * {@code paragraphs}, {@code version}, {@code superseded}; migrations V100, V145). No actor: a client that hears of a change
 * patches what it shows or re-reads what it is allowed to see.
 */
public record DraftChange(long draftId, long seq, Map<String, Object> event) {
}
