package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the amendments of each draft from a PostgreSQL sequence of the draft's own, so that
 * delegations proposing at the same moment never wait on each other for a number (a counter
 * row would hold its lock until commit and make every proposal on a draft take turns). A
 * proposal that fails after taking its number leaves a gap in the numbering, as a withdrawn
 * document leaves a gap in symbols.
 */
@Singleton
public class AmendmentNumbers {
    private final TransactionOperations<Connection> transactions;
    private final Sql sql;
    private final Set<Long> draftsWithSequence = ConcurrentHashMap.newKeySet();

    AmendmentNumbers(TransactionOperations<Connection> transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    /**
     * The name of the draft's number sequence, created first if need be (in the caller's
     * transaction), for a statement that takes the next number with {@code nextval}.
     */
    public String sequenceFor(long draftId) {
        if (!draftsWithSequence.contains(draftId)) {
            createSequence(draftId);
            transactions.findTransactionStatus().ifPresentOrElse(
                    status -> status.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(Status completion) {
                            if (completion == Status.COMMITTED) {
                                draftsWithSequence.add(draftId);
                            }
                        }
                    }),
                    () -> draftsWithSequence.add(draftId));
        }
        return sequence(draftId);
    }

    /**
     * Creates the draft's sequence once, starting after any number already given. Servers and
     * requests that create it at the same moment take turns on an advisory lock; the sequence
     * exists for others once the creating transaction commits.
     */
    private void createSequence(long draftId) {
        sql.execute("SELECT pg_advisory_xact_lock(hashtext(?))", sequence(draftId));
        if (sql.single("SELECT to_regclass(?) IS NOT NULL", rs -> rs.getBoolean(1), sequence(draftId))) {
            return;
        }
        sql.execute("CREATE SEQUENCE " + sequence(draftId) + " AS integer");
        sql.execute("""
                SELECT setval(?::regclass, greatest(
                         (SELECT max(number) FROM amendment WHERE draft_id = ?),
                         (SELECT last_amendment FROM amendment_counter WHERE draft_id = ?),
                         0) + 1, false)""", sequence(draftId), draftId, draftId);
    }

    private static String sequence(long draftId) {
        return "amendment_number_" + draftId;
    }
}
