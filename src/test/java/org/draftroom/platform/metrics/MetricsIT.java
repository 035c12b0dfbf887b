package org.draftroom.platform.metrics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.EventStream;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MetricsIT extends ServerTest {

    @Test
    void prometheus_is_for_the_secretariat_only() {
        assertThat(http().get("/prometheus", null).status()).isEqualTo(401);
        assertThat(http().get("/prometheus", accounts.delegate(http(), "FRA")).status()).isEqualTo(403);
        assertThat(http().get("/prometheus", accounts.facilitator(http())).status()).isEqualTo(403);
        assertThat(http().get("/prometheus", accounts.secretariat(http())).status()).isEqualTo(200);
    }

    @Test
    void routes_pool_jvm_audit_queue_live_streams_and_proposals_are_measured() throws Exception {
        String secretariat = accounts.secretariat(http());
        long draft = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        double before = value(scrape(), "draftroom_amendments_proposed_total");
        try (EventStream stream = EventStream.open(server.getURI(), draft, accounts.delegate(http(), "FRA"))) {
            assertThat(stream.next(10)).contains("event:ready");
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                Http.Response r = http().post("/api/drafts/" + draft + "/amendments", accounts.delegate(http(), "CHL"),
                        Map.of("operations", List.of(Map.of("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                                "openingPhrase", "Encourages", "text", "States to measure, proposal " + i + ";"))));
                assertThat(r.status()).isEqualTo(201);
            }
            Thread.sleep(1_100); // the database figures are read at most once a second
            String metrics = scrape();
            assertThat(metrics)
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"201\"[^}]*uri=\"/api/drafts/\\{id\\}/amendments\"")
                    .containsPattern("(hikaricp|jdbc)_connections_[a-z]+\\{")
                    .contains("jvm_memory_used_bytes")
                    .contains("draftroom_audit_queue_depth")
                    .contains("draftroom_audit_sealing_lag_seconds");
            assertThat(value(metrics, "draftroom_live_streams_open")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "draftroom_amendments_proposed_total")).isGreaterThanOrEqualTo(before + 3);
            assertThat(value(metrics, "draftroom_audit_queue_depth")).isGreaterThanOrEqualTo(0);
        }
    }

    private String scrape() {
        Http.Response r = http().get("/prometheus", accounts.secretariat(http()));
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$").matcher(metrics);
        assertThat(m.find()).as(name + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(2));
    }
}
