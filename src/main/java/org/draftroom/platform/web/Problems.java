package org.draftroom.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds RFC 9457 problem documents. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    public static final String TYPE_BASE = "https://draftroom.org/problems/";

    private Problems() {
    }

    public static Map<String, Object> body(String type, String title, HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        return body;
    }

    public static MutableHttpResponse<Map<String, Object>> response(HttpStatus status, Map<String, Object> body) {
        return HttpResponse.<Map<String, Object>>status(status).body(body).contentType(PROBLEM_JSON);
    }
}
