package org.draftroom.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every error the framework produces (unknown route, bad JSON, failed validation, missing or
 * bad token, body too large, unexpected exception) becomes {@code application/problem+json}
 * with words a client can show, and never a stack trace or a class name.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable root = context.getRootCause().orElse(null);
        String type;
        String detail;
        JsonProcessingException json = jsonCause(root);
        Optional<DatabaseRefusals.Refused> refusedByDatabase = status.getCode() >= 500 ? DatabaseRefusals.of(root) : Optional.empty();
        if (refusedByDatabase.isPresent()) {
            status = refusedByDatabase.get().status();
            type = refusedByDatabase.get().type();
            detail = refusedByDatabase.get().detail();
        } else if (json != null) {
            status = HttpStatus.BAD_REQUEST;
            type = json instanceof StrictJson.ControlCharacterException ? "control-character" : "malformed-request-body";
            detail = describe(json);
        } else if (status.getCode() >= 500) {
            type = "internal-error";
            detail = "The server could not complete the request; nothing was changed. The error has been logged.";
            LOG.error("Unexpected error on {} {}", context.getRequest().getMethod(), context.getRequest().getPath(), root);
        } else {
            type = typeOf(status);
            detail = context.getErrors().stream().map(Error::getMessage).distinct().collect(Collectors.joining("; "));
            if (detail.isBlank()) {
                detail = status.getReason();
            }
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        Map<String, Object> body = Problems.body(type, status.getReason(), status, detail);
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Map<String, Object>> typed = (MutableHttpResponse<Map<String, Object>>) response;
        return typed.status(status).body(body).contentType(Problems.PROBLEM_JSON);
    }

    private static JsonProcessingException jsonCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    static String describe(JsonProcessingException error) {
        if (error instanceof StrictJson.ControlCharacterException control) {
            String path = path(control);
            return (path.isEmpty() ? "A value" : "Field '" + path + "'") + " " + control.getOriginalMessage();
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'" + at(unknown);
        }
        if (error instanceof InvalidFormatException invalid) {
            return "Field '" + path(invalid) + "' has a value of the wrong type or format";
        }
        if (error instanceof MismatchedInputException mismatch) {
            String path = path(mismatch);
            return path.isEmpty() ? "The body does not have the expected shape" : "Field '" + path + "' has the wrong type or is missing";
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + path(mapping) + "' is not valid";
        }
        return "Malformed JSON" + (error.getLocation() == null ? "" : " at line " + error.getLocation().getLineNr()
                + ", column " + error.getLocation().getColumnNr());
    }

    private static String at(JsonMappingException error) {
        String path = path(error);
        int dot = path.lastIndexOf('.');
        return dot > 0 ? " in '" + path.substring(0, dot) + "'" : "";
    }

    private static String path(JsonMappingException error) {
        return error.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String typeOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case CONFLICT -> "conflict";
            default -> "bad-request";
        };
    }
}
