package org.draftroom.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.draftroom.shared.ControlCharacters;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A path or query parameter holding a control character ({@code ?stage=%00}) is refused with 400
 * naming the parameter, before it reaches any rule or the database (PostgreSQL cannot even store
 * a NUL). Request bodies are checked field by field as they are read ({@link StrictJson}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ControlCharacterFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseControlCharacters(HttpRequest<?> request) {
        String path = request.getUri().getRawPath();
        if (path.indexOf('%') < 0 && request.getUri().getRawQuery() == null) {
            // Nothing escaped and no query (most requests): the path is as sent, and there are no parameters to decode.
            int at = ControlCharacters.inLine(path);
            return at < 0 ? null : refused("path", "The path holds a control character (" + ControlCharacters.name(path.charAt(at)) + ")");
        }
        String decodedPath;
        try {
            decodedPath = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused("path", "The path holds a malformed %-escape");
        }
        int at = ControlCharacters.inLine(decodedPath);
        if (at >= 0) {
            return refused("path", "The path holds a control character (" + ControlCharacters.name(decodedPath.charAt(at)) + ")");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.inLine(name) >= 0) {
                return refused("query", "A query parameter's name holds a control character");
            }
            for (String value : parameter.getValue()) {
                int i = ControlCharacters.inLine(value);
                if (i >= 0) {
                    return refused(name, "The query parameter '" + name + "' holds a control character ("
                            + ControlCharacters.name(value.charAt(i)) + ")");
                }
            }
        }
        return null;
    }

    private static HttpResponse<?> refused(String parameter, String detail) {
        Map<String, Object> body = Problems.body("control-character", "Bad request", HttpStatus.BAD_REQUEST, detail);
        body.put("parameter", parameter);
        return Problems.response(HttpStatus.BAD_REQUEST, body);
    }
}
