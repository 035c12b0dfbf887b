package org.draftroom.platform.exports;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

/**
 * How many exports each user has in flight, counted in the database ({@code export_lease}) so that
 * the limit holds however many servers the user's requests are spread over. Taking a slot locks the
 * user's count for the length of one short transaction (an advisory lock on the username), so two
 * servers cannot both give the last slot. A slot is given back when its export ends; a slot of a
 * server that crashed lapses after {@code longest} and a minute.
 */
@Singleton
public class ExportSlots {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSlots.class);
    /** First key of the advisory lock, so that it cannot meet another feature's locks. */
    private static final int LOCK_SPACE = 7_316;
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private final TransactionOperations<Connection> transactions;
    private final int perUser;
    private final Duration lapse;
    private final String server = UUID.randomUUID().toString();

    ExportSlots(TransactionOperations<Connection> transactions,
                @Value("${draftroom.exports.per-user:4}") int perUser,
                @Value("${draftroom.exports.longest:10m}") Duration longest) {
        if (perUser < 1) {
            throw new IllegalArgumentException("draftroom.exports.per-user must be at least 1, not " + perUser);
        }
        this.transactions = transactions;
        this.perUser = perUser;
        this.lapse = longest.plus(MARGIN);
    }

    /** A slot held by one export. */
    public final class Slot {
        private final long id;
        private boolean given;

        private Slot(long id) {
            this.id = id;
        }

        /** Gives the slot back (once; later calls do nothing). A failure only logs: the slot then lapses. */
        public void giveBack() {
            synchronized (this) {
                if (given) {
                    return;
                }
                given = true;
            }
            try {
                transactions.executeWrite(status -> {
                    try (PreparedStatement delete = status.getConnection().prepareStatement("DELETE FROM export_lease WHERE id = ?")) {
                        delete.setLong(1, id);
                        return delete.executeUpdate();
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not give back export slot {} (it lapses by itself): {}", id, e.getMessage());
            }
        }
    }

    /** How many exports one user may have in flight at once. */
    public int perUser() {
        return perUser;
    }

    /**
     * A slot for the user's export ({@code what} says which, for whoever looks at the table), or
     * {@link ExportRefused#tooMany} when the user already has {@link #perUser()} in flight on any server.
     */
    public Slot take(String username, String what) {
        Long id = transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setString(2, username);
                lock.execute();
            }
            try (PreparedStatement lapsed = c.prepareStatement("DELETE FROM export_lease WHERE username = ? AND expires_at <= now()")) {
                lapsed.setString(1, username);
                lapsed.executeUpdate();
            }
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM export_lease WHERE username = ?")) {
                count.setString(1, username);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= perUser) {
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO export_lease (username, server, what, expires_at)"
                    + " VALUES (?, ?, ?, now() + make_interval(secs => ?)) RETURNING id")) {
                insert.setString(1, username);
                insert.setString(2, server);
                insert.setString(3, what.length() > 500 ? what.substring(0, 500) : what);
                insert.setDouble(4, lapse.toMillis() / 1000.0);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        if (id == null) {
            throw ExportRefused.tooMany(perUser);
        }
        return new Slot(id);
    }
}
