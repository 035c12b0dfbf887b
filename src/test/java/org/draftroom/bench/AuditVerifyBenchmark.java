package org.draftroom.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.draftroom.audit.AuditReader;
import org.draftroom.audit.chain.CanonicalJson;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.audit.chain.EntryHasher;
import org.draftroom.platform.database.Sql;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

/**
 * How many entries a second the audit verification checks. Starts an embedded PostgreSQL,
 * applies the audit migration, loads a chain of {@code entries} realistic entries (default
 * 200,000) and times {@link AuditReader#verify} several times. Run with
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.draftroom.bench.AuditVerifyBenchmark [entries] [runs]
 * </pre>
 * The aim is at least 100,000 entries a second on 2 cores.
 */
public final class AuditVerifyBenchmark {
    private static final String[] TYPES = {"cosponsorship.joined", "amendment.proposed", "draft.version-created",
            "action.recorded", "login.failed"};
    private static final String[] STATES = {"BLR", "PER", "FRA", "CHL", "NOR", "ZAF", "IND", "JPN"};

    private AuditVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            migrate(connection);
            long loadStart = System.nanoTime();
            load(connection, entries);
            System.out.printf("loaded %,d entries in %.1f s%n", entries, (System.nanoTime() - loadStart) / 1e9);
            double[] rates = new double[runs];
            for (int run = 0; run < runs; run++) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                long start = System.nanoTime();
                ChainVerifier.Result result = AuditReader.verify(Sql.on(connection), null, null);
                double seconds = (System.nanoTime() - start) / 1e9;
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
                if (!result.intact() || result.entriesChecked() != entries) {
                    throw new IllegalStateException("unexpected verification result " + result);
                }
                rates[run] = entries / seconds;
                System.out.printf("run %d: verified %,d entries in %.3f s = %,.0f entries/s%n", run + 1, entries, seconds, rates[run]);
            }
            Arrays.sort(rates);
            System.out.printf("audit verify: median %,.0f entries/s, best %,.0f entries/s (%d cores)%n",
                    rates[runs / 2], rates[runs - 1], Runtime.getRuntime().availableProcessors());
        }
    }

    private static void migrate(Connection connection) throws Exception {
        try (InputStream sql = AuditVerifyBenchmark.class.getResourceAsStream("/db/migration/V20__audit_trail.sql");
             Statement statement = connection.createStatement()) {
            statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A valid chain, written with the triggers off (as a bulk load), and the head moved to its end. */
    private static void load(Connection connection, int entries) throws Exception {
        EntryHasher hasher = new EntryHasher();
        String prev = EntryHasher.GENESIS;
        Instant time = Instant.parse("2025-09-09T14:00:00.000001Z");
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
        }
        String insert = "INSERT INTO audit_entry (seq, occurred_at, username, role, member_state, draft_id, event_type, "
                + "payload, request_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int i = 1; i <= entries; i++) {
                String state = STATES[i % STATES.length];
                String type = TYPES[i % TYPES.length];
                long draft = 1 + i % 300;
                String payload = CanonicalJson.of(Map.of("memberState", state, "amendment", i % 97,
                        "before", Map.of("status", "OPEN", "text", "recognizing the importance of paragraph " + i),
                        "after", Map.of("status", "PROPOSED", "text", "Recognizing also the importance of para " + i)));
                String requestId = "3f1c2a9e-7b4d-4c1e-9a8f-" + String.format("%012d", i);
                time = time.plusNanos(1_337_000);
                String hash = hasher.hash(i, time, state.toLowerCase(), "DELEGATE", state, draft, type, payload, requestId, prev);
                statement.setLong(1, i);
                statement.setObject(2, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
                statement.setString(3, state.toLowerCase());
                statement.setString(4, "DELEGATE");
                statement.setString(5, state);
                statement.setLong(6, draft);
                statement.setString(7, type);
                statement.setString(8, payload);
                statement.setString(9, requestId);
                statement.setString(10, prev);
                statement.setString(11, hash);
                statement.addBatch();
                if (i % 5000 == 0) {
                    statement.executeBatch();
                }
                prev = hash;
            }
            statement.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement("UPDATE audit_head SET seq = ?, hash = ?")) {
            head.setLong(1, entries);
            head.setString(2, prev);
            head.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE audit_entry");
        }
    }
}
