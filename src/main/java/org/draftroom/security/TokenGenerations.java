package org.draftroom.security;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The token generation of each account ({@code app_user.token_generation}): written into every
 * token at sign-in, raised by the database whenever the account's standing changes, and by
 * signing out.
 */
@Singleton
class TokenGenerations {
    private final TransactionOperations<Connection> transactions;

    TokenGenerations(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    Optional<Long> current(String username) {
        return transactions.executeRead(status -> {
            try (PreparedStatement q = status.getConnection().prepareStatement(
                    "SELECT token_generation FROM app_user WHERE username = ?")) {
                q.setString(1, username);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Every token the account holds stops working. Runs in the caller's transaction. */
    void raise(String username) {
        transactions.executeWrite(status -> {
            try (PreparedStatement u = status.getConnection().prepareStatement(
                    "UPDATE app_user SET token_generation = token_generation + 1 WHERE username = ?")) {
                u.setString(1, username);
                u.executeUpdate();
            }
            return null;
        });
    }
}
