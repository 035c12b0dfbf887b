package org.draftroom.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every 401 asks for a bearer token (RFC 6750) and never for a password: HTTP Basic is not
 * accepted, and a {@code Basic} challenge would make browsers show a password prompt.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BearerChallenge implements Ordered {
    /** Outside the security filter, so that responses it refuses (401, 403) get this too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void challenge(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode()) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, SigningInController.BEARER_CHALLENGE);
        }
    }
}
