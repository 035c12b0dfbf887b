package org.draftroom.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Tampering as a superuser would: every test puts the rows back as they were. */
@MicronautTest(transactional = false)
class AuditTamperingIT extends ServerTest {
    @Inject
    AuditProbe probe;
    @Inject
    DataSource dataSource;
    private Superuser db;

    @BeforeEach
    void threeFreshEntries() {
        db = new Superuser(dataSource);
        for (int i = 0; i < 3; i++) {
            probe.change(new AuditEvent("amendment.proposed", "fra", "DELEGATE", "FRA", 1_000_000_009L, Map.of("amendment", i)));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    private JsonNode verify() {
        return http().get("/api/audit/verify", accounts.secretariat(http())).json();
    }

    private long head() {
        return http().get("/api/audit/head", accounts.secretariat(http())).json().get("seq").asLong();
    }

    private String payloadOf(long seq) {
        return db.withTriggers(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT payload FROM audit_entry WHERE seq = ?")) {
                s.setLong(1, seq);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    private void setPayload(long seq, String payload) {
        db.withTriggersOff(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_entry SET payload = CAST(? AS json) WHERE seq = ?")) {
                s.setString(1, payload);
                s.setLong(2, seq);
                return s.executeUpdate();
            }
        });
    }

    @Test
    void an_entry_edited_in_the_database_is_named_by_verify() {
        assumeTrue(db.isSuperuser(), "needs a superuser connection");
        long edited = head() - 1;
        String original = payloadOf(edited);
        setPayload(edited, "{\"amendment\":42}");
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstMismatch").get("seq").asLong()).isEqualTo(edited);
            assertThat(result.get("firstMismatch").get("problem").asText()).contains("changed");
        } finally {
            setPayload(edited, original);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void a_deleted_entry_is_named_by_verify_in_the_middle_and_at_the_end() {
        assumeTrue(db.isSuperuser(), "needs a superuser connection");
        long last = head();
        for (long deleted : new long[] {last - 1, last}) {
            db.withTriggersOff(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS audit_tamper_kept (LIKE audit_entry)");
                    s.execute("INSERT INTO audit_tamper_kept SELECT * FROM audit_entry WHERE seq = " + deleted);
                    return s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + deleted);
                }
            });
            try {
                JsonNode result = verify();
                assertThat(result.get("intact").asBoolean()).isFalse();
                assertThat(result.get("firstMismatch").get("seq").asLong()).isEqualTo(deleted);
                assertThat(result.get("firstMismatch").get("problem").asText()).contains("missing");
                assertThat(result.get("entriesChecked").asLong()).isEqualTo(last - 1);
            } finally {
                db.withTriggersOff(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO audit_entry SELECT * FROM audit_tamper_kept WHERE seq = " + deleted);
                        return s.executeUpdate("DELETE FROM audit_tamper_kept");
                    }
                });
            }
            assertThat(verify().get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void the_table_and_the_queue_refuse_changes_and_the_head_moves_only_by_appending() {
        for (String sql : new String[] {"UPDATE audit_entry SET username = 'x' WHERE seq = 1",
                "DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry",
                "UPDATE audit_head SET seq = 1", "DELETE FROM audit_head", "TRUNCATE audit_head",
                "INSERT INTO audit_queue (username, event_type, payload) VALUES ('x', 'draft.imported', '{}');"
                        + " UPDATE audit_queue SET username = 'forged'", "TRUNCATE audit_queue",
                "INSERT INTO audit_queue (username, event_type, payload) VALUES ('x', 'draft.imported', '{}');"
                        + " DELETE FROM audit_queue"}) {
            assertThatThrownBy(() -> db.withTriggers(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute(sql);
                }
            })).as(sql).hasMessageContaining("refused");
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void an_entry_that_does_not_extend_the_head_is_refused() {
        assertThatThrownBy(() -> db.withTriggers(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO audit_entry (seq, occurred_at, username, event_type, payload, prev_hash, hash) "
                        + "VALUES (1000000, now(), 'forger', 'draft.tabled', '{}', repeat('0', 64), repeat('1', 64))");
            }
        })).hasMessageContaining("does not extend the chain");
    }

    @Test
    void an_exported_head_is_checked_later_against_the_chain() {
        JsonNode head = http().get("/api/audit/head", accounts.secretariat(http())).json();
        assertThat(head.get("hash").asText()).hasSize(64);
        assertThat(head.get("at").asText()).endsWith("Z");
        probe.change(new AuditEvent("amendment.accepted", "facilitator", "FACILITATOR", null, 1_000_000_009L, Map.of("amendment", 1)));
        String token = accounts.secretariat(http());
        JsonNode kept = http().get("/api/audit/verify?seq=" + head.get("seq").asLong() + "&hash=" + head.get("hash").asText(), token).json();
        assertThat(kept.get("anchorMatches").asBoolean()).isTrue();
        assertThat(kept.get("headSeq").asLong()).isEqualTo(head.get("seq").asLong() + 1);
        JsonNode forged = http().get("/api/audit/verify?seq=" + head.get("seq").asLong() + "&hash=" + "b".repeat(64), token).json();
        assertThat(forged.get("anchorMatches").asBoolean()).isFalse();
    }
}
