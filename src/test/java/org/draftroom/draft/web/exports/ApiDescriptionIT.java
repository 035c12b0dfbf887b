package org.draftroom.draft.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document declares bearer authentication and lists the document routes of issue 18. */
@MicronautTest(transactional = false)
class ApiDescriptionIT extends ServerTest {

    @Test
    void the_api_description_declares_bearer_tokens_and_the_export_routes() {
        Http.Response response = http().get("/openapi/draftroom.yml", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsPattern("securitySchemes:\\s+bearer:\\s+type: http")
                .contains("scheme: bearer", "bearerFormat: JWT", "/api/drafts/{id}/amendments/{number}/export",
                        "/api/drafts/{id}/compare/export");
        String body = response.body();
        int at = body.indexOf("/api/drafts/{id}/compare/export:");
        int next = body.indexOf("\n  /", at + 1);
        assertThat(body.substring(at, next < 0 ? body.length() : next)).as("no parameter names the author of tracked changes")
                .doesNotContain("name: author");
    }
}
