package org.draftroom.platform.web;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What the database refused, in the client's terms. Two people doing the same thing at the same
 * moment (a unique value taken, a row changed meanwhile, a serialization failure) is a conflict
 * to retry, and a value the database cannot hold is the client's; neither is a server error.
 * The transaction has been rolled back by then: nothing was changed.
 */
final class DatabaseRefusals {
    record Refused(HttpStatus status, String type, String detail) {
    }

    private DatabaseRefusals() {
    }

    static Optional<Refused> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Optional.of(new Refused(HttpStatus.CONFLICT, "changed-meanwhile",
                        "Someone else changed this at the same moment; nothing was changed. Reload and try again."));
            }
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(unavailable());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<Refused> refused = ofState(sql.getSQLState());
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    /** The database went away during the request (connection lost, shut down, not yet accepting). */
    private static Refused unavailable() {
        return new Refused(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TYPE, DatabaseUnavailable.DETAIL);
    }

    private static Optional<Refused> ofState(String state) {
        if (state.startsWith("08")) {
            return Optional.of(unavailable());
        }
        return switch (state) {
            case "57P01", "57P02", "57P03" -> Optional.of(unavailable());
            case "23505" -> Optional.of(new Refused(HttpStatus.CONFLICT, "taken-meanwhile",
                    "Someone else took the same symbol, number or name at the same moment; nothing was changed. Reload and try again."));
            case "40001", "40P01" -> Optional.of(new Refused(HttpStatus.CONFLICT, "try-again",
                    "The request collided with another one at the same moment; nothing was changed. Try again."));
            case "22003", "22008", "2201X", "2201W", "22007" -> Optional.of(new Refused(HttpStatus.UNPROCESSABLE_ENTITY,
                    "value-out-of-range", "A number or date in the request is out of the range that can be recorded."));
            case "22021", "22P05" -> Optional.of(new Refused(HttpStatus.BAD_REQUEST, "invalid-character",
                    "The request holds a character that cannot be recorded (such as a NUL); nothing was changed."));
            case "22001" -> Optional.of(new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "value-too-long",
                    "A value in the request is longer than can be recorded; nothing was changed."));
            default -> Optional.empty();
        };
    }
}
