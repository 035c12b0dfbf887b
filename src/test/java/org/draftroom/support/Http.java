package org.draftroom.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small HTTP client for tests: real requests to the running server, raw bodies in and out,
 * so that tests can send malformed JSON or huge bodies and read problem documents as they are.
 */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public record Response(int status, Map<String, List<String>> headers, byte[] bytes) {
        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body(), e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String path, String token, String... headers) {
        return send("GET", path, token, null, null, headers);
    }

    public Response post(String path, String token, Object body, String... headers) {
        return send("POST", path, token, body instanceof String s ? s : json(body), "application/json", headers);
    }

    public Response put(String path, String token, Object body, String... headers) {
        return send("PUT", path, token, body instanceof String s ? s : json(body), "application/json", headers);
    }

    public Response delete(String path, String token, String... headers) {
        return send("DELETE", path, token, null, null, headers);
    }

    public Response send(String method, String path, String token, String body, String contentType, String... headers) {
        return sendBytes(method, path, token, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                contentType, headers);
    }

    public Response sendBytes(String method, String path, String token, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        List<String> all = new ArrayList<>(List.of(headers));
        if (token != null) {
            all.add("Authorization");
            all.add("Bearer " + token);
        }
        if (contentType != null) {
            all.add("Content-Type");
            all.add(contentType);
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
