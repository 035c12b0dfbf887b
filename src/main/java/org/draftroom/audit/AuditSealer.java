package org.draftroom.audit;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves the committed entries of the audit queue into the hash chain ({@code audit_seal}, see
 * V61__audit_queue_and_sealing.sql), in short transactions of its own. A background thread seals
 * soon after a writer commits (and every quarter of a second, for entries queued by other
 * servers), so writers never wait on the chain; readers of the trail call {@link #sealCommitted()}
 * first, so they see every change committed before they asked. Woken, the thread lets the writers
 * of the next few milliseconds commit too and seals them together: under load a batch holds many
 * entries for the cost of one chain lock and one commit, and no reader waits for that pause.
 */
@Singleton
public class AuditSealer {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 200;
    private static final long IDLE_MILLIS = 250;
    private static final long GATHER_MILLIS = 20;
    private final TransactionOperations<Connection> transactions;
    private final DefaultTransactionDefinition ownTransaction = new DefaultTransactionDefinition();
    private final Semaphore committed = new Semaphore(0);
    private volatile Thread thread;

    AuditSealer(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        ownTransaction.setPropagationBehavior(TransactionDefinition.Propagation.REQUIRES_NEW);
    }

    /** A writer committed entries: seal them soon. */
    void wake() {
        committed.release();
    }

    /** Seals everything committed to the queue so far; answers how many entries were sealed. */
    public synchronized int sealCommitted() {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(ownTransaction, status -> sealBatch(status.getConnection()));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /**
     * {@link #sealCommitted()} for a reader: should sealing fail, the reader is still answered, with
     * the trail as chained so far, and the failure is logged (entries wait in the queue, nothing is lost).
     */
    void sealBeforeReading() {
        try {
            sealCommitted();
        } catch (RuntimeException e) {
            LOG.warn("Could not seal the audit queue before reading; reading the chain as it stands: {}", e.getMessage());
        }
    }

    private static int sealBatch(Connection connection) {
        return Sql.on(connection).single("SELECT audit_seal(?)", row -> row.getInt(1), BATCH);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Thread t = new Thread(this::run, "audit-sealer");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                if (committed.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    Thread.sleep(GATHER_MILLIS);
                    committed.drainPermits();
                }
                sealCommitted();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (thread != Thread.currentThread()) {
                    return;
                }
                LOG.warn("Sealing the audit queue failed; trying again: {}", e.getMessage());
                try {
                    Thread.sleep(IDLE_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
