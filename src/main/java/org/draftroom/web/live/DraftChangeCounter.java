package org.draftroom.web.live;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.sql.Connection;
import java.util.Optional;

/**
 * The version check of a repeated read: one indexed query (the draft's row, its last audit entry
 * read backwards from the draft's index, its queued entries), and nothing of the draft's text,
 * versions or amendments.
 */
@Singleton
class DraftChangeCounter {
    private static final String SQL = """
            SELECT d.row_version,
                   COALESCE((SELECT e.seq FROM audit_entry e WHERE e.draft_id = d.id ORDER BY e.seq DESC LIMIT 1), 0),
                   (SELECT count(*) FROM audit_queue q WHERE q.draft_id = d.id)
              FROM draft d WHERE d.id = ?""";
    private final TransactionOperations<Connection> transactions;

    DraftChangeCounter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Where the draft stands now, or empty when there is no such draft. */
    Optional<DraftChangeCount> of(long draftId) {
        return transactions.executeRead(status -> Sql.on(status.getConnection()).one(SQL,
                rs -> new DraftChangeCount(draftId, rs.getLong(1), rs.getLong(2), rs.getLong(3)), draftId));
    }
}
