package org.draftroom.platform.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.context.ServerRequestContext;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane), echoed in the
 * response and recorded with every audit entry the request writes.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {
    /** Outside the security filter, so that responses it refuses (401, 403) get this too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    public static final String HEADER = "X-Request-Id";
    /** The request's id in the logging context (MDC). */
    public static final String LOG_KEY = "requestId";
    private static final String ATTRIBUTE = "draftroom.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext propagated) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        // Whatever is logged while serving the request carries its id (mdc.requestId in JSON logs).
        propagated.add(new MdcPropagationContext(Map.of(LOG_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    /** The id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        return ServerRequestContext.currentRequest().flatMap(r -> r.getAttribute(ATTRIBUTE, String.class));
    }
}
