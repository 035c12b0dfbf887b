package org.draftroom.platform.exports;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/**
 * An export not made: the user has too many in flight (429), or the file took longer than the
 * limit to make (503). Both carry {@code Retry-After} and name the limit.
 */
public final class ExportRefused extends RuntimeException {
    static final long RETRY_AFTER_SECONDS = 5;
    private final HttpStatus status;
    private final String type;
    private final String limit;
    private final Object maximum;

    private ExportRefused(HttpStatus status, String type, String detail, String limit, Object maximum) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.limit = limit;
        this.maximum = maximum;
    }

    static ExportRefused tooMany(int perUser) {
        return new ExportRefused(HttpStatus.TOO_MANY_REQUESTS, "too-many-exports",
                "You already have " + perUser + " exports in progress, the most one user may have at once; "
                        + "try again when one of them has finished", "draftroom.exports.per-user", perUser);
    }

    static ExportRefused tookTooLong(Duration timeout) {
        return new ExportRefused(HttpStatus.SERVICE_UNAVAILABLE, "export-took-too-long",
                "The file was not ready within " + describe(timeout) + ", the longest an export may take; nothing was "
                        + "changed. Try again later, or export a smaller part", "draftroom.exports.timeout", timeout.toString());
    }

    private static String describe(Duration d) {
        return d.toMillis() < 1_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String limit() {
        return limit;
    }

    Object maximum() {
        return maximum;
    }
}
