package org.draftroom.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.draftroom.shared.Refusal;

import java.util.Map;

/** Answers a refused request with its problem document. */
@Singleton
class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        HttpStatus status = statusOf(refusal.kind());
        Map<String, Object> body = Problems.body(refusal.type(), refusal.title(), status, refusal.getMessage());
        body.putAll(refusal.details());
        return Problems.response(status, body);
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        };
    }
}
