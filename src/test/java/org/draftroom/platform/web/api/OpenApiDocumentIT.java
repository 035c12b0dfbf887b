package org.draftroom.platform.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.uri.UriMatchTemplate;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI description the server serves is one a client can be generated from: it parses and validates
 * without a message, every route of the running server is in it with its method (and nothing else is), every
 * operation is described, every error is problem+json with the Problem schema, and files are binary.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentIT extends ServerTest {
    /** The health routes answer their health document with 503 when down: that is their answer, not an error. */
    private static final Set<String> HEALTH = Set.of("/health", "/health/liveness", "/health/readiness");

    @Inject
    Router router;

    static OpenAPI parse(Http http) {
        Http.Response served = http.get("/openapi/draftroom.yml", null);
        assertThat(served.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertThat(result.getMessages()).as("the parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void the_description_validates_and_says_how_to_authenticate_and_what_every_error_looks_like() {
        OpenAPI api = parse(http());
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertThat(problem.getRequired()).containsExactlyInAnyOrder("type", "title", "status", "detail");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "limit", "maximum", "field");
        assertThat(api.getPaths()).containsKeys("/login", "/logout", "/health", "/health/liveness", "/health/readiness");
        assertThat(api.getPaths().get("/health").getGet().getSecurity()).as("health is open to anyone").isEmpty();

        List<String> faults = new ArrayList<>();
        forEachOperation(api, (path, method, op) -> {
            String name = method + " " + path;
            if (op.getDescription() == null || op.getDescription().isBlank()) {
                faults.add(name + ": no description");
            }
            if (op.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                faults.add(name + ": no success response");
            }
            op.getResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && !HEALTH.contains(path)) {
                    MediaType problemJson = response.getContent() == null ? null : response.getContent().get("application/problem+json");
                    if (problemJson == null || response.getContent().size() != 1) {
                        faults.add(name + " " + code + ": not (only) application/problem+json");
                    } else if (!"#/components/schemas/Problem".equals(problemJson.getSchema().get$ref())) {
                        faults.add(name + " " + code + ": not the Problem schema");
                    }
                }
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (media.getSchema() != null && "byte".equals(media.getSchema().getFormat())) {
                            faults.add(name + " " + code + " " + type + ": base64 where the body is binary");
                        }
                    });
                }
            });
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().forEach((type, media) -> {
                    if (media.getSchema() != null && "byte".equals(media.getSchema().getFormat())) {
                        faults.add(name + " request " + type + ": base64 where the body is binary");
                    }
                });
            }
        });
        assertThat(faults).as(String.join("\n", faults)).isEmpty();

        Operation export = api.getPaths().get("/api/drafts/{id}/versions/{number}/export").getGet();
        ApiResponse file = export.getResponses().get("200");
        assertThat(file.getContent()).containsOnlyKeys("application/akn+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/html");
        file.getContent().values().forEach(media -> assertThat(media.getSchema().getFormat()).isEqualTo("binary"));
        Operation importFile = api.getPaths().get("/api/drafts/import").getPost();
        assertThat(importFile.getRequestBody().getContent().get("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .getSchema().getFormat()).isEqualTo("binary");
        assertThat(importFile.getResponses()).containsKey("201").doesNotContainKey("200");
        assertThat(api.getPaths().get("/logout").getPost().getResponses()).containsKey("204").doesNotContainKey("200");
        assertThat(api.getPaths().get("/login").getPost().getResponses()).containsKeys("200", "401", "429");
    }

    @Test
    void every_route_of_the_running_server_is_described_with_its_method_and_nothing_else_is() {
        OpenAPI api = parse(http());
        List<String[]> documented = new ArrayList<>();
        forEachOperation(api, (path, method, op) -> documented.add(new String[] {method, path}));
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().toList();
        assertThat(routes).as("the server's routes").hasSizeGreaterThan(60);

        Set<String> undocumented = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String method = route.getHttpMethodName();
            if (method.equals("HEAD") || ofTheTests(route)) {
                continue;
            }
            UriMatchTemplate template = route.getUriMatchTemplate();
            boolean found = documented.stream().anyMatch(d -> d[0].equals(method) && template.match(sample(d[1])).isPresent());
            if (!found) {
                undocumented.add(method + " " + template);
            }
        }
        assertThat(undocumented).as("routes the description lacks").isEmpty();

        Set<String> phantom = new TreeSet<>();
        for (String[] d : documented) {
            boolean served = routes.stream().anyMatch(r -> r.getHttpMethodName().equals(d[0])
                    && r.getUriMatchTemplate().match(sample(d[1])).isPresent());
            if (!served) {
                phantom.add(d[0] + " " + d[1]);
            }
        }
        assertThat(phantom).as("operations no route serves").isEmpty();
    }

    /**
     * The server answers HEAD wherever it answers GET (the description gives the GET); the test sources add
     * controllers of their own (probes), which are no part of the product.
     */
    private static boolean ofTheTests(UriRouteInfo<?, ?> route) {
        var source = route.getTargetMethod().getDeclaringType().getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    /** A path of the description with a value in every parameter ({id} → 1). */
    private static String sample(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    interface OperationVisitor {
        void visit(String path, String method, Operation operation);
    }

    static void forEachOperation(OpenAPI api, OperationVisitor visitor) {
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, op) -> visitor.visit(path.getKey(), method.name(), op));
        }
    }
}
