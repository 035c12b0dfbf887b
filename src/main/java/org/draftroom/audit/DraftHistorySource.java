package org.draftroom.audit;

import jakarta.inject.Singleton;
import org.draftroom.audit.chain.AuditEntry;

import java.util.List;

/** The public entries of one draft, oldest first, for its history. */
@Singleton
public class DraftHistorySource {
    private final AuditReader reader;

    DraftHistorySource(AuditReader reader) {
        this.reader = reader;
    }

    public List<AuditEntry> entriesOf(long draftId) {
        return reader.draftHistory(draftId);
    }
}
