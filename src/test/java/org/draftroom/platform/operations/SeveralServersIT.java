package org.draftroom.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.draftroom.support.EventStream;
import org.draftroom.support.Http;
import org.draftroom.support.RunningServer;
import org.draftroom.support.Seeds;
import org.draftroom.support.StandalonePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers of one installation on one PostgreSQL (a cluster of the test's own, as an external
 * database is), started at the same moment with the same token secret; a third one later, in the
 * middle of a secret rotation. Everything a delegation does through one is seen through the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralServersIT {
    private static final String SECRET = "the-installation-secret-0123456789-abcdef";
    private static final String NEXT_SECRET = "the-next-installation-secret-9876543210-xyz";
    private StandalonePostgres postgres;
    private RunningServer one;
    private RunningServer two;

    @BeforeAll
    void startTwoServersAtOnce() throws Exception {
        postgres = StandalonePostgres.start("several-servers");
        Map<String, Object> properties = new HashMap<>(postgres.datasource());
        properties.put("draftroom.jwt.secret", SECRET);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            Future<RunningServer> first = starting.submit(() -> RunningServer.start(properties));
            Future<RunningServer> second = starting.submit(() -> RunningServer.start(properties));
            one = first.get();
            two = second.get();
        } finally {
            starting.shutdown();
        }
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[]{one, two}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing the rest anyway
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void started_together_flyway_applied_each_migration_once_under_its_lock() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(migrationsFolder())) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(migrations).isGreaterThan(10);
        assertThat(sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")).isEqualTo(migrations);
        assertThat(sql("SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success")).isEqualTo(migrations);
        long repeatables;
        try (Stream<Path> files = Files.list(migrationsFolder())) {
            repeatables = files.filter(f -> f.getFileName().toString().matches("R__.*\\.sql")).count();
        }
        assertThat(repeatables).as("the audit chain's repeatable migration").isPositive();
        assertThat(sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL")).isEqualTo(repeatables);
        assertThat(sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL AND success")).isEqualTo(repeatables);
        assertThat(sql("SELECT count(*) FROM act_re_deployment")).as("each workflow deployed once")
                .isEqualTo(sql("SELECT count(DISTINCT name_) FROM act_re_deployment")).isPositive();
    }

    @Test
    void a_token_from_one_server_works_on_the_other_and_the_other_way_round() {
        String fromOne = one.accounts().delegate(one.http(), "FRA");
        String fromTwo = two.accounts().delegate(two.http(), "DEU");
        Http.Response me = two.http().get("/api/me", fromOne);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("memberState").asText()).isEqualTo("FRA");
        assertThat(one.http().get("/api/me", fromTwo).json().get("memberState").asText()).isEqualTo("DEU");
    }

    @Test
    void proposals_through_both_servers_get_unique_numbers_and_are_all_listed_on_each() throws Exception {
        long draft = Seeds.importSeed(one.http(), one.accounts().secretariat(one.http()), Seeds.DRAFT_80);
        List<String> states = List.of("FRA", "DEU", "BRA", "MEX");
        ExecutorService delegates = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> work = new ArrayList<>();
        for (int d = 0; d < states.size(); d++) {
            RunningServer server = d % 2 == 0 ? one : two;
            String state = states.get(d);
            String token = server.accounts().delegate(server.http(), state);
            work.add(delegates.submit(() -> {
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    Http.Response r = server.http().post("/api/drafts/" + draft + "/amendments", token, newParagraph(state, i));
                    assertThat(r.status()).as("%s", r).isEqualTo(201);
                    numbers.add(r.json().get("number").asInt());
                }
                return numbers;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : work) {
            all.addAll(f.get());
        }
        delegates.shutdown();
        assertThat(all).hasSize(100);
        assertThat(new HashSet<>(all)).as("every number given once").hasSize(100);
        for (RunningServer server : List.of(one, two)) {
            assertThat(listed(server, draft)).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void the_audit_chain_verifies_from_both_servers_with_the_same_head() {
        long draft = Seeds.importSeed(two.http(), two.accounts().secretariat(two.http()), Seeds.DRAFT_80);
        one.http().post("/api/drafts/" + draft + "/amendments", one.accounts().delegate(one.http(), "CHL"), newParagraph("CHL", 0));
        JsonNode fromOne = one.http().get("/api/audit/verify", one.accounts().secretariat(one.http())).json();
        JsonNode fromTwo = two.http().get("/api/audit/verify", two.accounts().secretariat(two.http())).json();
        assertThat(fromOne.get("intact").asBoolean()).as("%s", fromOne).isTrue();
        assertThat(fromTwo.get("intact").asBoolean()).as("%s", fromTwo).isTrue();
        assertThat(fromTwo.get("headHash").asText()).isEqualTo(fromOne.get("headHash").asText());
        assertThat(fromOne.get("entriesChecked").asLong()).isGreaterThan(2);
    }

    @Test
    void a_change_made_through_one_server_reaches_a_stream_open_on_the_other() throws Exception {
        long draft = Seeds.importSeed(one.http(), one.accounts().secretariat(one.http()), Seeds.DRAFT_80);
        try (EventStream stream = EventStream.open(two.uri(), draft, two.accounts().delegate(two.http(), "ARG"))) {
            assertThat(stream.next(10)).contains("event:ready");
            Thread.sleep(300); // the stream is registered just after its first event
            Http.Response proposed = one.http().post("/api/drafts/" + draft + "/amendments",
                    one.accounts().delegate(one.http(), "PER"), newParagraph("PER", 0));
            assertThat(proposed.status()).isEqualTo(201);
            assertThat(stream.await("amendment.proposed", 10)).contains("event:change").contains("\"draftId\":" + draft);
        }
    }

    @Test
    void the_co_sponsorship_deadline_timer_fires_exactly_once_with_two_servers_polling() throws Exception {
        String blr = one.accounts().delegate(one.http(), "BLR");
        long draft = Seeds.importSeed(one.http(), blr, Seeds.DRAFT_80);
        assertThat(one.http().post("/api/drafts/" + draft + "/table", blr, "").status()).isEqualTo(200);
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2);
        assertThat(two.http().post("/api/drafts/" + draft + "/cosponsorship-deadline", two.accounts().secretariat(two.http()),
                Map.of("deadline", soon.toString())).status()).isEqualTo(200);

        Instant giveUp = Instant.now().plusSeconds(90);
        while (sponsorship(draft).get("open").asBoolean() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }
        assertThat(sponsorship(draft).get("closedReason").asText()).isEqualTo("DEADLINE");
        Thread.sleep(3_000); // had the other server fired it too, its closing would be recorded by now
        JsonNode closings = two.http().get("/api/audit?type=cosponsorship.closed&draftId=" + draft,
                two.accounts().secretariat(two.http())).json().get("entries");
        assertThat(closings).hasSize(1);
        assertThat(sql("SELECT count(*) FROM act_ru_deadletter_job")).as("no failed job").isZero();
    }

    @Test
    void during_a_rotation_a_server_accepts_tokens_of_the_old_secret_and_signs_with_the_new_one() {
        String oldToken = one.accounts().delegate(one.http(), "NOR");
        Map<String, Object> properties = new HashMap<>(postgres.datasource());
        properties.put("draftroom.jwt.secret", NEXT_SECRET);
        properties.put("draftroom.jwt.previous-secret", SECRET);
        try (RunningServer rotated = RunningServer.start(properties)) {
            assertThat(rotated.http().get("/api/me", oldToken).status()).isEqualTo(200);
            String newToken = rotated.accounts().delegate(rotated.http(), "SWE");
            assertThat(rotated.http().get("/api/me", newToken).status()).isEqualTo(200);
            assertThat(one.http().get("/api/me", newToken).status())
                    .as("signed with the new secret, which the old servers do not know").isEqualTo(401);
        }
        Map<String, Object> stranger = new HashMap<>(postgres.datasource());
        stranger.put("draftroom.jwt.secret", "a-different-installation-secret-0123456789");
        try (RunningServer other = RunningServer.start(stranger)) {
            assertThat(other.http().get("/api/me", oldToken).status()).isEqualTo(401);
        }
    }

    private JsonNode sponsorship(long draft) {
        return one.http().get("/api/drafts/" + draft, one.accounts().secretariat(one.http())).json().get("procedure").get("sponsorship");
    }

    private static Map<String, Object> newParagraph(String state, int i) {
        return Map.of("operations", List.of(Map.of("type", "INSERT_PARAGRAPH", "paragraph", "OP24", "position", "AFTER",
                "openingPhrase", "Encourages", "text", "Member States to share good practices, proposal " + i + " of " + state + ";")));
    }

    private static Set<Integer> listed(RunningServer server, long draft) {
        Set<Integer> numbers = new HashSet<>();
        String token = server.accounts().secretariat(server.http());
        for (int page = 0; page < 20; page++) {
            JsonNode items = server.http().get("/api/drafts/" + draft + "/amendments?size=50&page=" + page, token).json().get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(a -> numbers.add(a.get("number").asInt()));
        }
        return numbers;
    }

    private long sql(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.url(), "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path migrationsFolder() throws URISyntaxException {
        URL folder = SeveralServersIT.class.getResource("/db/migration");
        assertThat(folder).isNotNull();
        return Path.of(folder.toURI());
    }
}
