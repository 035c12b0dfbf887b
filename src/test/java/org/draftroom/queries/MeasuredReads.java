package org.draftroom.queries;

import org.draftroom.support.Http;
import org.draftroom.support.RequestStatements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET requests whose statements are counted. Each is sent twice and only the second one is
 * measured: the first fills what the server reads once and keeps (parsed versions of a draft,
 * the Member States), which would otherwise be counted against whichever draft is read first.
 */
final class MeasuredReads {
    private final Http http;
    private final RequestStatements statements;

    MeasuredReads(Http http, RequestStatements statements) {
        this.http = http;
        this.statements = statements;
    }

    RequestStatements.Counted<Http.Response> get(String path, String token) {
        answered(path, http.get(path, token));
        RequestStatements.Counted<Http.Response> counted = statements.during(() -> http.get(path, token));
        answered(path, counted.result());
        return counted;
    }

    private static void answered(String path, Http.Response response) {
        assertThat(response.status()).as("GET " + path + ": " + response).isEqualTo(200);
    }
}
