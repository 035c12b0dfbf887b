package org.draftroom.draft.store;

import org.draftroom.document.model.Document;

import java.time.OffsetDateTime;

/** One immutable version of a draft. */
public record StoredVersion(long draftId, int number, String label, VersionKind kind, Document document,
                            String createdBy, OffsetDateTime createdAt) {
}
