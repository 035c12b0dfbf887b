package org.draftroom.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;

import java.util.Map;

/**
 * A body over the limit ({@code micronaut.server.max-request-size}, 5 MB) is answered 413 naming the
 * limit, and the connection is closed after the answer ({@code Connection: close}): otherwise the
 * server would go on reading, and throwing away, whatever the client still sends (10 GB announced,
 * 10 GB read) before the connection could serve anything else.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class OversizedBodies implements Ordered {
    static final String LIMIT = "micronaut.server.max-request-size";
    private final long maximum;

    OversizedBodies(HttpServerConfiguration server) {
        this.maximum = server.getMaxRequestSize();
    }

    @ResponseFilter
    void closeAfterRefusing(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() != HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            return;
        }
        response.header(HttpHeaders.CONNECTION, "close");
        if (response.getBody().orElse(null) instanceof Map<?, ?> problem && !problem.containsKey("limit")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) problem;
            body.put("limit", LIMIT);
            body.put("maximum", maximum);
            body.put("detail", "The request body is larger than " + (maximum / (1024 * 1024)) + " MB (" + maximum
                    + " bytes), the most the server accepts; nothing was read beyond that, and the connection is closed");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
