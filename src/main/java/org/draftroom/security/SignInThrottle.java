package org.draftroom.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing, per account and per address, in the database so that it holds
 * across servers ({@code sign_in_throttle}). After {@code account-failures} failed sign-ins of
 * one account (5), or {@code address-failures} from one address (20: a delegation's office may
 * share one), further attempts are refused for a minute, and each failure after that doubles the
 * wait (2, 4, 8 … minutes, at most a day). Failures are forgotten after a day without any, and an
 * account's when it signs in. The start of each lock is recorded in the audit trail.
 */
@Singleton
public class SignInThrottle {
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final int MAX_DOUBLINGS = 10;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final int accountFailures;
    private final int addressFailures;

    SignInThrottle(TransactionOperations<Connection> transactions, AuditTrail audit,
                   @Value("${draftroom.sign-in.account-failures:5}") int accountFailures,
                   @Value("${draftroom.sign-in.address-failures:20}") int addressFailures) {
        this.transactions = transactions;
        this.audit = audit;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
    }

    static String accountKey(String username) {
        return "account:" + (username.length() > 100 ? username.substring(0, 100) : username);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long the caller must still wait, when the account or the address is locked. */
    public Optional<Duration> lockedFor(String username, String address) {
        return transactions.executeRead(status -> {
            try (PreparedStatement q = status.getConnection().prepareStatement(
                    "SELECT ceil(extract(epoch FROM max(locked_until) - now())) FROM sign_in_throttle"
                            + " WHERE key IN (?, ?) AND locked_until > now()")) {
                q.setString(1, accountKey(username));
                q.setString(2, addressKey(address));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long seconds = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Duration>empty() : Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
                }
            }
        });
    }

    /** Counts a failed sign-in against the account and the address; locks them when they reach their limit. */
    public void failed(String username, String address) {
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            count(c, accountKey(username), accountFailures, username, address);
            count(c, addressKey(address), addressFailures, username, address);
            return null;
        });
    }

    /** The account signed in: its failures are forgotten (the address's are not). */
    public void succeeded(String username) {
        transactions.executeWrite(status -> {
            try (PreparedStatement d = status.getConnection().prepareStatement("DELETE FROM sign_in_throttle WHERE key = ?")) {
                d.setString(1, accountKey(username));
                d.executeUpdate();
            }
            return null;
        });
    }

    private void count(Connection c, String key, int limit, String username, String address) throws SQLException {
        int failures;
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO sign_in_throttle (key, failures, last_failure) VALUES (?, 1, now())
                ON CONFLICT (key) DO UPDATE SET
                  failures = CASE WHEN sign_in_throttle.last_failure < now() - interval '1 day' THEN 1
                                  ELSE sign_in_throttle.failures + 1 END,
                  last_failure = now()
                RETURNING failures""")) {
            upsert.setString(1, key);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                failures = rs.getInt(1);
            }
        }
        if (failures < limit) {
            return;
        }
        long minutes = FIRST_LOCK.toMinutes() << Math.min(failures - limit, MAX_DOUBLINGS);
        try (PreparedStatement lock = c.prepareStatement(
                "UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => ?) WHERE key = ?")) {
            lock.setInt(1, (int) minutes);
            lock.setString(2, key);
            lock.executeUpdate();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("locked", key.startsWith("account:") ? "account" : "address");
        payload.put("address", address);
        payload.put("failures", failures);
        payload.put("minutes", minutes);
        audit.record(AuditEvent.unauthenticated(username.length() > 100 ? username.substring(0, 100) : username,
                "login.locked", payload));
    }
}
