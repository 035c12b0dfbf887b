package org.draftroom.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.draftroom.platform.database.DatabaseWatch;

/**
 * While the database does not answer ({@link DatabaseWatch}), requests that need it (the API and
 * sign-in) are answered at once with 503 {@code database-unavailable} and a {@code Retry-After},
 * before anything else (sign-in, token checks) tries the database and waits for the pool's timeout.
 * The web client's files, health and metrics are still served.
 */
@ServerFilter({"/api/**", "/login", "/logout"})
class DatabaseUnavailable implements Ordered {
    static final String TYPE = "database-unavailable";
    static final String DETAIL = "The database is not answering; nothing was changed. Try again in a few seconds.";
    static final String RETRY_AFTER_SECONDS = "5";
    private final DatabaseWatch database;

    DatabaseUnavailable(DatabaseWatch database) {
        this.database = database;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseWhileDown(HttpRequest<?> request) {
        if (database.isUp()) {
            return null;
        }
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                        Problems.body(TYPE, "Service Unavailable", HttpStatus.SERVICE_UNAVAILABLE, DETAIL))
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
