package org.draftroom.platform.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.draftroom.shared.Role;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The response codes the description documents are the ones the routes give: a sample of real calls provokes
 * 201, 204, 304, 400, 401, 403, 404, 409, 412, 415, 422 and 428 on the operations that answer them, and each status
 * the server gives is documented for its operation (errors as problem+json); every documented 201 and 204 occurs.
 */
@MicronautTest(transactional = false)
class DocumentedResponsesIT extends ServerTest {
    private OpenAPI api;
    private final List<String> undocumented = new ArrayList<>();
    private final Set<String> seen = new TreeSet<>();

    @Test
    void the_statuses_the_server_gives_are_the_documented_ones() {
        api = OpenApiDocumentIT.parse(http());
        String secretariat = accounts.secretariat(http());
        String blr = accounts.delegate(http(), "BLR");
        String fra = accounts.delegate(http(), "FRA");
        String facilitator = accounts.facilitator(http());
        String admin = accounts.admin(http());

        // Imports: 201 by JSON, text and Akoma Ntoso; 415, 422 and 401 on the same operations.
        Http.Response imported = call("POST", "/api/drafts", 201, http().post("/api/drafts", secretariat, Map.of("text", Seeds.text(Seeds.DRAFT_80))));
        long id = imported.json().get("id").asLong();
        String d = "/api/drafts/" + id;
        call("POST", "/api/drafts", 201, http().send("POST", "/api/drafts", secretariat, Seeds.text(Seeds.DRAFT_80), "text/plain"));
        call("POST", "/api/drafts", 415, http().send("POST", "/api/drafts", secretariat, "text", "application/x-unknown"));
        call("POST", "/api/drafts", 422, http().post("/api/drafts", secretariat, Map.of("text", Seeds.text(Seeds.DRAFT_80), "format", "RTF")));
        call("POST", "/api/drafts", 401, http().post("/api/drafts", null, Map.of("text", "x")));
        call("POST", "/api/drafts", 403, http().post("/api/drafts", facilitator, Map.of("text", Seeds.text(Seeds.DRAFT_80))));
        Http.Response akn = call("GET", "/api/drafts/{id}/versions/{number}/export", 200, http().get(d + "/versions/1/export?format=akn", secretariat));
        call("POST", "/api/drafts/import", 201, http().sendBytes("POST", "/api/drafts/import", secretariat, akn.bytes(), "application/akn+xml"));
        call("POST", "/api/drafts/import", 422, http().send("POST", "/api/drafts/import", secretariat, "<html/>", "application/xml"));
        call("GET", "/api/drafts/{id}/versions/{number}/export", 400, http().get(d + "/versions/1/export?format=pdf", secretariat));
        call("GET", "/api/drafts/{id}/versions/{number}/export", 404, http().get(d + "/versions/99/export?format=docx", secretariat));

        // Reads: 404, 400, 401 and 304.
        call("GET", "/api/drafts/{id}", 404, http().get("/api/drafts/999999999", secretariat));
        call("GET", "/api/drafts/{id}", 400, http().get("/api/drafts/abc", secretariat));
        call("GET", "/api/drafts/{id}", 401, http().get(d, null));
        Http.Response read = call("GET", "/api/drafts/{id}", 200, http().get(d, secretariat));
        call("GET", "/api/drafts/{id}", 304, http().get(d, secretariat, "If-None-Match", read.header("ETag").orElseThrow()));
        call("GET", "/api/drafts/{id}/paragraphs/{ref}", 404, http().get(d + "/paragraphs/OP999", secretariat));
        call("GET", "/api/drafts/{id}/compare", 400, http().get(d + "/compare", secretariat));
        call("GET", "/api/drafts/{id}/render", 400, http().get(d + "/render?format=rtf", secretariat));
        call("GET", "/api/problems/{slug}", 404, http().get("/api/problems/no-such-problem", null));
        call("GET", "/api/audit", 403, http().get("/api/audit", fra));
        call("GET", "/api/audit", 400, http().get("/api/audit?limit=0", secretariat));

        // The procedure: 403, 412, 409, then 200.
        call("POST", "/api/drafts/{id}/facilitator", 200, http().post(d + "/facilitator", secretariat, Map.of("username", "facilitator")));
        call("POST", "/api/drafts/{id}/table", 403, http().post(d + "/table", fra, Map.of("date", "2025-10-30")));
        call("POST", "/api/drafts/{id}/table", 412, http().post(d + "/table", blr, Map.of("date", "2025-10-30"), "If-Match", "\"0-stale\""));
        call("POST", "/api/drafts/{id}/revise", 409, http().post(d + "/revise", blr, Map.of()));
        call("POST", "/api/drafts/{id}/table", 400, http().send("POST", d + "/table", blr, "{\"date\": ", "application/json"));
        call("POST", "/api/drafts/{id}/table", 200, http().post(d + "/table", blr, Map.of("date", "2025-10-30")));
        call("POST", "/api/drafts/{id}/table", 409, http().post(d + "/table", blr, Map.of("date", "2025-10-30")));

        // Co-sponsorship: joining, then leaving undated (204); a date that is no day (422).
        call("POST", "/api/drafts/{id}/cosponsors", 200, http().post(d + "/cosponsors", fra, Map.of("date", "2025-11-03")));
        call("DELETE", "/api/drafts/{id}/cosponsors/{code}", 422, http().delete(d + "/cosponsors/FRA?date=soon", fra));
        call("DELETE", "/api/drafts/{id}/cosponsors/{code}", 403, http().delete(d + "/cosponsors/FRA", blr));
        call("DELETE", "/api/drafts/{id}/cosponsors/{code}", 204, http().delete(d + "/cosponsors/FRA", fra));

        // Negotiation status: If-Match required (428).
        call("PUT", "/api/drafts/{id}/paragraphs/{label}/status", 428,
                http().put(d + "/paragraphs/OP5/status", facilitator, Map.of("status", "agreed ad ref")));

        // Amendments: 201, 415, 404, 422; a division (201) once action is open.
        call("POST", "/api/drafts/{id}/amendments", 201, http().post(d + "/amendments", fra, Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "30 July", "text", "30 June")))));
        call("POST", "/api/drafts/{id}/amendments", 415, http().send("POST", d + "/amendments", fra, "replace", "text/plain"));
        call("POST", "/api/drafts/{id}/amendments", 422, http().post(d + "/amendments", fra, Map.of("operations",
                List.of(Map.of("type", "REPLACE_WORDS", "paragraph", "OP7", "quote", "words not in the paragraph", "text", "x")))));
        call("GET", "/api/drafts/{id}/amendments/{number}", 404, http().get(d + "/amendments/999", fra));
        call("GET", "/api/drafts/{id}/amendments/{number}/export", 200, http().get(d + "/amendments/1/export?format=docx", fra));
        call("POST", "/api/drafts/{id}/open-action", 200, http().post(d + "/open-action", secretariat,
                Map.of("date", "2025-11-18", "meeting", "50th meeting")));
        call("POST", "/api/drafts/{id}/divisions", 201, http().post(d + "/divisions", accounts.delegate(http(), "USA"), Map.of("paragraph", "OP1")));

        // Silence on another draft in consultations: 428 without the draft's tag, then 201.
        long quiet = call("POST", "/api/drafts", 201, http().post("/api/drafts", secretariat, Map.of("text", Seeds.text(Seeds.DRAFT_80))))
                .json().get("id").asLong();
        String q = "/api/drafts/" + quiet;
        call("POST", "/api/drafts/{id}/facilitator", 200, http().post(q + "/facilitator", secretariat, Map.of("username", "facilitator")));
        String until = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        call("POST", "/api/drafts/{id}/silence", 428, http().post(q + "/silence", facilitator, Map.of("until", until)));
        call("POST", "/api/drafts/{id}/silence", 201, http().post(q + "/silence", facilitator, Map.of("until", until),
                "If-Match", http().get(q, facilitator).header("ETag").orElseThrow()));

        // Accounts: 201, 403, 409; signing in and out: 401, 415, 204.
        Map<String, Object> account = Map.of("username", "api-described", "password", "a long enough passphrase", "role", "FACILITATOR");
        call("POST", "/api/users", 403, http().post("/api/users", fra, account));
        call("POST", "/api/users", 201, http().post("/api/users", admin, account));
        call("POST", "/api/users", 409, http().post("/api/users", admin, account));
        call("POST", "/login", 401, http().post("/login", null, Map.of("username", "api-described", "password", "not the one")));
        call("POST", "/login", 415, http().send("POST", "/login", null, "api-described", "text/plain"));
        call("POST", "/logout", 204, http().post("/logout", accounts.user(http(), "api-leaver", Role.FACILITATOR), ""));
        call("GET", "/health/readiness", 200, http().get("/health/readiness", null));

        assertThat(undocumented).as(String.join("\n", undocumented)).isEmpty();
        Set<String> documentedCreatedOrNoContent = new TreeSet<>();
        OpenApiDocumentIT.forEachOperation(api, (path, method, op) -> op.getResponses().keySet().stream()
                .filter(code -> code.equals("201") || code.equals("204"))
                .forEach(code -> documentedCreatedOrNoContent.add(method + " " + path + " " + code)));
        assertThat(seen).as("every documented 201 and 204 occurs").containsAll(documentedCreatedOrNoContent);
    }

    /**
     * Checks that the call gave the status this sample provokes, that the status is documented for the operation
     * and that an error is problem+json; answers the response.
     */
    private Http.Response call(String method, String path, int expected, Http.Response response) {
        assertThat(response.status()).as(method + " " + path + ": " + response).isEqualTo(expected);
        Operation op = api.getPaths().get(path).readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
        assertThat(op).as(method + " " + path + " is described").isNotNull();
        String code = String.valueOf(response.status());
        if (!op.getResponses().containsKey(code)) {
            undocumented.add(method + " " + path + " answered " + code + ", documented " + op.getResponses().keySet());
        }
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(method + " " + path + " " + code).startsWith("application/problem+json");
        }
        seen.add(method + " " + path + " " + code);
        return response;
    }
}
