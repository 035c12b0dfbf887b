package org.draftroom.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Tokens, accounts and the audit trail (its exports included) are never kept by a browser or a
 * proxy: {@code Cache-Control: no-store}.
 */
@ServerFilter({"/login", "/logout", "/api/me", "/api/users/**", "/api/audit/**", "/api/users", "/api/audit"})
class NoStoreFilter {
    @ResponseFilter
    void noStore(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set("Pragma", "no-cache");
    }
}
