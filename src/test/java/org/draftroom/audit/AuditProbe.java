package org.draftroom.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Test-only stand-in for the features that do not exist yet: a state change (a row in a probe
 * table) and its audit entry in one transaction, which commits or, on demand, fails.
 */
@Singleton
public class AuditProbe {
    public static final List<String> ALL_TYPES = List.of("draft.imported", "draft.version-created", "draft.tabled",
            "draft.revised", "draft.withdrawn", "draft.facilitator-assigned", "cosponsorship.joined",
            "cosponsorship.withdrawn", "cosponsorship.closed", "cosponsorship.deadline-set", "pbi.recorded",
            "action.deferred", "oral-revision.recorded", "action.recorded", "vote.recorded", "report.recorded",
            "plenary.recorded", "amendment.proposed", "amendment.re-anchored", "amendment.accepted",
            "amendment.rejected", "amendment.withdrawn", "amendment.voted", "user.created", "user.role-changed",
            "login.failed");
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail trail;
    private volatile boolean tableReady;

    AuditProbe(TransactionOperations<Connection> transactions, AuditTrail trail) {
        this.transactions = transactions;
        this.trail = trail;
    }

    /** The change and its entry, committed together. */
    @Transactional
    public void change(AuditEvent event) {
        write(event.type());
        trail.record(event);
    }

    /** The same change without an audit entry, to measure what the entry costs. */
    @Transactional
    public void changeWithoutAudit(AuditEvent event) {
        write(event.type());
    }

    /** The change and its entry, then a failure: both roll back. */
    @Transactional
    public void changeThenFail(AuditEvent event, RuntimeException failure) {
        write(event.type());
        trail.record(event);
        throw failure;
    }

    /** Rows in the probe table, to tell committed changes from rolled-back ones. */
    @Transactional
    public long changes() {
        ensureTable();
        try (Statement s = transactions.getConnection().createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM audit_probe_change")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String note) {
        ensureTable();
        try (PreparedStatement insert = transactions.getConnection()
                .prepareStatement("INSERT INTO audit_probe_change (note) VALUES (?)")) {
            insert.setString(1, note);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ensureTable() {
        if (!tableReady) {
            synchronized (this) {
                if (!tableReady) {
                    transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                        try (Statement s = status.getConnection().createStatement()) {
                            s.execute("CREATE TABLE IF NOT EXISTS audit_probe_change (id bigserial PRIMARY KEY, note text)");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        return null;
                    });
                    tableReady = true;
                }
            }
        }
    }
}
