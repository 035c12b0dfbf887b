package org.draftroom.agreedlanguage;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The silence's timer lives in Flowable's job tables, not in a server's memory: put under silence
 * through one server, which stops before the deadline; two servers started on the same database
 * after the deadline close it, once.
 */
class SilenceAcrossRestartIT {

    @Test
    void a_silence_whose_deadline_passed_while_no_server_ran_is_closed_once_by_the_servers_started_afterwards() throws Exception {
        try (LibraryServer first = LibraryServer.start()) {
            long id = Seeds.importSeed(first.http, first.secretariat(), Seeds.DRAFT_80);
            String facilitator = first.accounts.facilitator(first.http);
            LibraryServer.ok(first.http.post("/api/drafts/" + id + "/facilitator", first.secretariat(), Map.of("username", "facilitator")),
                    "assign the facilitator");
            String tag = first.http.get("/api/drafts/" + id, facilitator).header("ETag").orElseThrow();
            OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
            Http.Response started = LibraryServer.ok(first.http.post("/api/drafts/" + id + "/silence", facilitator,
                    Map.of("until", until.toString()), "If-Match", tag), "start the silence");
            long silenceId = started.json().get("id").asLong();
            assertThat(count(first.url, "SELECT count(*) FROM act_ru_timer_job j JOIN silence_procedure s"
                    + " ON s.process_instance_id = j.process_instance_id_ WHERE s.id = " + silenceId)).isEqualTo(1);

            first.stop();
            long wait = Duration.between(Instant.now(), until.toInstant()).toMillis() + 1000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            assertThat(count(first.url, "SELECT count(*) FROM silence_procedure WHERE state = 'UNDER_SILENCE' AND id = " + silenceId))
                    .as("no server ran at the deadline").isEqualTo(1);

            first.restart();
            try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", first.url,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres",
                    "micronaut.server.port", -1), "test")) {
                Http otherHttp = new Http(second.getURI());
                Instant giveUp = Instant.now().plusSeconds(90);
                JsonNode silence = otherHttp.get("/api/drafts/" + id + "/silence", facilitator).json();
                while (silence.get("state").asText().equals("under silence") && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(500);
                    silence = otherHttp.get("/api/drafts/" + id + "/silence", facilitator).json();
                }
                assertThat(silence.get("state").asText()).isEqualTo("held");
                assertThat(silence.get("agreedUnderSilence").asBoolean()).isTrue();
                Thread.sleep(2000); // time for a second firing, were there one
                assertThat(count(first.url, "SELECT count(*) FROM audit_entry WHERE event_type = 'silence.closed' AND draft_id = " + id))
                        .as("closed once").isEqualTo(1);
                assertThat(count(first.url, "SELECT count(*) FROM act_ru_timer_job j JOIN silence_procedure s"
                        + " ON s.process_instance_id = j.process_instance_id_ WHERE s.id = " + silenceId)).isZero();
                assertThat(count(first.url, "SELECT count(*) FROM act_ru_execution e JOIN silence_procedure s"
                        + " ON s.process_instance_id = e.proc_inst_id_ WHERE s.id = " + silenceId)).as("the process ended").isZero();
                assertThat(first.http.get("/api/drafts/" + id, facilitator).json().get("procedure").get("silence").get("state").asText())
                        .isEqualTo("held");
            }
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
