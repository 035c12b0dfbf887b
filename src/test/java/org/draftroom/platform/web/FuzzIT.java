package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz run: {@value #REQUESTS} requests built from the server's own OpenAPI document
 * (every operation, its path and query parameters, its JSON body's fields) with hostile values
 * (control characters, NULs, huge numbers, wrong types, very long and odd Unicode text), plus
 * mutated imports of a real document and sign-ins, as each role and as nobody. Not one answer
 * may be a server error, and every refusal is {@code application/problem+json}. The seed is fixed,
 * so that a failure can be replayed; the failures are listed with their requests.
 */
@MicronautTest(transactional = false)
class FuzzIT extends ServerTest {
    private static final int REQUESTS = 3_000;
    private static final long SEED = 16_2026L;
    /** Not fuzzed: a live stream never ends, and signing out would only revoke the fuzzing tokens. */
    private static final List<String> SKIPPED = List.of("/api/drafts/{id}/events", "/logout");
    private static final String[] STRINGS = {"", " ", "\u0000", "a\u0000b", "%00", "\u0007", "\u001b[31m", "\u0085", "\u2028",
            "😀", "é", "x".repeat(5_000), "-1", "0", "1", "99999999999999999999", "1e308", "NaN", "null", "true", "[]", "{}",
            "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "A/RES/72/999", "A/C.3/80/L.1", "OP1", "PP1(a)", "OP4 (b)",
            "FRA", "fra", "XXX", "pending", "PENDING", "json", "csv", "2025-10-30", "2025-13-45", "9999-12-31T23:59:59Z", "admin",
            "‮reversed", "\t\n\r", "ﾠ", "\uFEFF"};
    private static final Object[] NUMBERS = {0, -1, 1, 2, Integer.MAX_VALUE, Long.MAX_VALUE, -Long.MAX_VALUE, 1.5, 1e300};

    @Inject
    Database database;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private Map<String, Object> spec;
    private List<String> tokens;
    private long draft;

    @AfterEach
    void forgetFailedSignIns() {
        database.execute("DELETE FROM sign_in_throttle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void three_thousand_hostile_requests_get_no_server_error_and_every_refusal_is_problem_json() {
        String secretariat = accounts.secretariat(http());
        tokens = new ArrayList<>(List.of(secretariat, accounts.delegate(http(), "BLR"), accounts.delegate(http(), "FRA"),
                accounts.facilitator(http()), accounts.user(http(), "fuzz-admin", Role.ADMIN)));
        tokens.add(null);
        draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        Http.Response document = http().get("/openapi/draftroom.yml", null);
        assertThat(document.status()).as("the OpenAPI document is served").isEqualTo(200);
        spec = new Yaml().load(document.body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        List<Object[]> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!SKIPPED.contains(path)) {
                methods.forEach((method, operation) -> {
                    if (operation instanceof Map<?, ?>) {
                        operations.add(new Object[] {path, method.toUpperCase(), operation});
                    }
                });
            }
        });
        assertThat(operations).as("operations found in the OpenAPI document").hasSizeGreaterThan(40);

        int sent = 0;
        while (sent < REQUESTS) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                importMutated();
            } else if (kind == 1) {
                signIn();
            } else {
                Object[] op = operations.get(random.nextInt(operations.size()));
                operation((String) op[0], (String) op[1], (Map<String, Object>) op[2]);
            }
            sent++;
        }
        assertThat(failures).as(failures.size() + " bad answers of " + REQUESTS + ":\n" + String.join("\n", failures)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void operation(String template, String method, Map<String, Object> operation) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            String name = (String) parameter.get("name");
            String in = (String) parameter.get("in");
            if ("path".equals(in)) {
                path = path.replace("{" + name + "}", encode(pathValue(name)));
            } else if ("query".equals(in) && random.nextInt(3) > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(anyString()));
            }
        }
        String body = null;
        String contentType = null;
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody != null || !"GET".equals(method) && random.nextBoolean()) {
            contentType = random.nextInt(8) == 0 ? "text/plain" : "application/json";
            body = random.nextInt(6) == 0 ? garbage() : Http.json(bodyFor(requestBody));
        }
        check(method, path + query, body, contentType);
    }

    private String pathValue(String name) {
        return switch (random.nextInt(4)) {
            case 0, 1 -> name.equals("id") || name.equals("draftId") ? String.valueOf(draft)
                    : name.equals("memberState") || name.equals("code") ? "FRA" : "1";
            default -> anyString();
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bodyFor(Map<String, Object> requestBody) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (requestBody == null) {
            return body;
        }
        Map<String, Object> content = (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
        for (Object mediaType : content.values()) {
            Map<String, Object> schema = resolve((Map<String, Object>) ((Map<String, Object>) mediaType).get("schema"));
            Map<String, Object> properties = schema == null ? Map.of() : (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (String field : properties.keySet()) {
                if (random.nextInt(4) > 0) {
                    body.put(field, anyValue(2));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            body.put("unknownField", anyValue(1));
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas")).get(name);
    }

    private Object anyValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0, 1 -> anyString();
            case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(anyValue(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String field : new String[] {"type", "paragraph", "quote", "text", "date", "username", "password"}) {
                    if (random.nextBoolean()) {
                        map.put(field, anyValue(depth - 1));
                    }
                }
                yield map;
            }
        };
    }

    private String anyString() {
        String a = STRINGS[random.nextInt(STRINGS.length)];
        return random.nextInt(4) == 0 ? a + STRINGS[random.nextInt(STRINGS.length)] : a;
    }

    private String garbage() {
        String[] shapes = {"{", "}", "[1,2", "{\"a\":}", "null", "\"\\u0000\"", "{\"text\":\"\\u0000\"}", "{\"a\":1e999999}",
                "{\"a\":" + "[".repeat(2_000) + "}", "\u0000", "not json at all"};
        return shapes[random.nextInt(shapes.length)];
    }

    /** A real document, mutated: lines dropped, doubled or swapped, control characters and headings inserted. */
    private void importMutated() {
        List<String> lines = new ArrayList<>(List.of(Seeds.text(random.nextBoolean() ? Seeds.DRAFT_80 : Seeds.RES_72_195).split("\n", -1)));
        for (int i = 1 + random.nextInt(4); i > 0 && !lines.isEmpty(); i--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(at, lines.get(at) + anyString());
                case 3 -> lines.add(at, "Resolution adopted by the General Assembly on 19 December 2017");
                case 4 -> lines.add(at, "Original: English");
                default -> lines.set(at, "");
            }
        }
        String text = String.join("\n", lines);
        String token = tokens.get(random.nextInt(tokens.size()));
        if (random.nextBoolean()) {
            check("POST", "/api/drafts", Http.json(Map.of("text", text)), "application/json", token);
        } else {
            check("POST", "/api/drafts", text, "text/plain", token);
        }
    }

    private void signIn() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", random.nextBoolean() ? "fra" : anyString());
        body.put("password", random.nextInt(3) == 0 ? "é".repeat(30 + random.nextInt(20)) : anyValue(0));
        check("POST", "/login", random.nextInt(8) == 0 ? garbage() : Http.json(body), "application/json", null);
    }

    private void check(String method, String pathAndQuery, String body, String contentType) {
        check(method, pathAndQuery, body, contentType, tokens.get(random.nextInt(tokens.size())));
    }

    private void check(String method, String pathAndQuery, String body, String contentType, String token) {
        Http.Response response;
        try {
            response = send(method, pathAndQuery, body, contentType, token);
        } catch (RuntimeException e) {
            failures.add(method + " " + shorten(pathAndQuery) + " → no answer: " + e.getMessage() + " | body " + shorten(body));
            return;
        }
        if (response.status() >= 500) {
            failures.add(method + " " + shorten(pathAndQuery) + " → " + response.status() + " " + shorten(response.body())
                    + " | body " + shorten(body));
        } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
            failures.add(method + " " + shorten(pathAndQuery) + " → " + response.status() + " as " + response.contentType()
                    + " | body " + shorten(body));
        }
    }

    /**
     * Sends once more when the pooled keep-alive connection turned out to be closed before the
     * request went out (the server closes a connection after refusing a request whose body it did
     * not read): the client saw no byte of an answer. A request that kills the server fails twice.
     */
    private Http.Response send(String method, String pathAndQuery, String body, String contentType, String token) {
        try {
            return http().send(method, pathAndQuery, token, body, contentType);
        } catch (java.io.UncheckedIOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return http().send(method, pathAndQuery, token, body, contentType);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "-";
        }
        String flat = text.replace("\u0000", "\\0").replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + text.length() + ")" : flat;
    }
}
