package org.draftroom.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.platform.database.Sql;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain's functions and triggers live in the repeatable migration R__audit_chain.sql. An
 * installation migrated by the versioned migrations alone (all of them, with a sealed chain) takes
 * it on its next start: the chain goes on where it stood, its guards still hold, and running the
 * repeatable migration again changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainMigrationIT {
    private static final String REPEATABLE = "R__audit_chain.sql";
    private EmbeddedPostgres postgres;
    private DataSource database;
    private List<String> triggersBefore;
    private MigrateResult upgrade;

    @BeforeAll
    void migrateTheOldWayThenTheNewWay() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        database = postgres.getPostgresDatabase();
        Path versionedOnly = Files.createTempDirectory("versioned-migrations");
        try (Stream<Path> files = Files.list(migrations())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("V")).toList()) {
                Files.copy(f, versionedOnly.resolve(f.getFileName()));
            }
        }
        Flyway.configure().dataSource(database).locations("filesystem:" + versionedOnly).load().migrate();
        try (Connection c = database.getConnection()) {
            Sql sql = Sql.on(c);
            assertThat(sql.<Integer>single("SELECT max(version::int) FROM flyway_schema_history", rs -> rs.getInt(1))).isEqualTo(highestVersion(versionedOnly));
            assertThat(sql.<Long>single("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL", rs -> rs.getLong(1))).isZero();
            queue(sql, 3);
            assertThat(sql.<Integer>single("SELECT audit_seal(10)", rs -> rs.getInt(1))).isEqualTo(3);
            queue(sql, 2);
            triggersBefore = triggers(sql);
        }
        upgrade = flyway().migrate();
    }

    /** The highest V migration in the folder: the installation as the versioned migrations alone leave it. */
    private static int highestVersion(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void the_repeatable_migration_is_applied_once_on_top_of_the_versioned_ones() throws SQLException {
        assertThat(upgrade.migrationsExecuted).isEqualTo(1);
        assertThat(upgrade.migrations.get(0).filepath).endsWith(REPEATABLE);
        try (Connection c = database.getConnection()) {
            Sql sql = Sql.on(c);
            assertThat(sql.<Long>single("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL AND script = ? AND success",
                    rs -> rs.getLong(1), REPEATABLE)).isEqualTo(1L);
        }
        assertThat(flyway().migrate().migrationsExecuted).as("nothing changed, nothing to run again").isZero();
    }

    @Test
    @Order(2)
    void the_chain_goes_on_where_it_stood_and_verifies() throws SQLException {
        try (Connection c = database.getConnection()) {
            Sql sql = Sql.on(c);
            assertThat(sql.<Integer>single("SELECT audit_seal(10)", rs -> rs.getInt(1))).as("entries queued before the upgrade").isEqualTo(2);
            queue(sql, 1);
            assertThat(sql.<Integer>single("SELECT audit_seal(10)", rs -> rs.getInt(1))).isEqualTo(1);
            ChainVerifier.Result result = AuditReader.verify(sql, null, null);
            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(6);
            assertThat(result.headSeq()).isEqualTo(6);
        }
    }

    @Test
    @Order(3)
    void running_it_again_keeps_every_trigger_once_and_every_guard() throws Exception {
        String script = Files.readString(migrations().resolve(REPEATABLE), StandardCharsets.UTF_8);
        try (Connection c = database.getConnection()) {
            Sql sql = Sql.on(c);
            sql.execute(script);
            sql.execute(script);
            queue(sql, 1);
            assertThat(triggers(sql)).containsAll(triggersBefore).doesNotHaveDuplicates();
            for (String refused : List.of("UPDATE audit_entry SET username = 'someone else'", "DELETE FROM audit_entry",
                    "TRUNCATE audit_entry", "UPDATE audit_head SET seq = 1", "DELETE FROM audit_queue", "TRUNCATE audit_queue")) {
                assertThatThrownBy(() -> sql.execute(refused)).as(refused).cause()
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(refused).isEqualTo("42501"));
            }
            assertThat(sql.<Integer>single("SELECT audit_seal(10)", rs -> rs.getInt(1))).isEqualTo(1);
            assertThat(AuditReader.verify(sql, null, null).intact()).isTrue();
        }
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
    }

    private static void queue(Sql sql, int entries) {
        for (int i = 0; i < entries; i++) {
            sql.update("""
                    INSERT INTO audit_queue (username, role, member_state, draft_id, event_type, payload, request_id)
                    VALUES (?, 'DELEGATE', 'FRA', 7, 'amendment.proposed', ?, NULL)""",
                    "fra-delegate", "{\"amendment\":" + (i + 1) + ",\"paragraphs\":[\"OP1\"]}");
        }
    }

    /** The triggers of the chain's tables, as "table: definition". */
    private static List<String> triggers(Sql sql) {
        return sql.list("""
                SELECT c.relname || ': ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 WHERE NOT t.tgisinternal AND c.relname IN ('audit_entry', 'audit_head', 'audit_queue') ORDER BY 1""",
                rs -> rs.getString(1));
    }

    private static Path migrations() throws URISyntaxException {
        URL folder = AuditChainMigrationIT.class.getResource("/db/migration");
        assertThat(folder).isNotNull();
        return Path.of(folder.toURI());
    }
}
