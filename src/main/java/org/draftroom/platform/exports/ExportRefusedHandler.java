package org.draftroom.platform.exports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.draftroom.platform.web.Problems;

import java.util.Map;

/** Answers a refused export with its problem document, the limit it met and {@code Retry-After}. */
@Singleton
class ExportRefusedHandler implements ExceptionHandler<ExportRefused, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ExportRefused refused) {
        Map<String, Object> body = Problems.body(refused.type(), refused.status().getReason(), refused.status(), refused.getMessage());
        body.put("limit", refused.limit());
        body.put("maximum", refused.maximum());
        return Problems.response(refused.status(), body).header("Retry-After", String.valueOf(ExportRefused.RETRY_AFTER_SECONDS));
    }
}
