package org.draftroom.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.CanonicalJson;
import org.draftroom.audit.chain.EntryHasher;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database (which hashes when appending) and Java (which verifies) build the same canonical content. */
@MicronautTest(transactional = false)
class CanonicalAgreementIT extends ServerTest {
    private static final List<String> AWKWARD = List.of("plain", "Côte d'Ivoire", "quote \" backslash \\ slash /",
            "lines\nand\r\ntabs\t", "\b\f\u0001\u001f\u007f", "日本語 😀 \u2028\u2029", "", "null", "=1+2");
    @Inject
    DataSource dataSource;
    @Inject
    AuditProbe probe;
    @Inject
    AuditReader reader;

    @Test
    void the_database_and_java_build_the_same_canonical_text_for_awkward_values() {
        EntryHasher hasher = new EntryHasher();
        Instant at = Instant.parse("0999-01-02T03:04:05.000007Z");
        for (String text : AWKWARD) {
            String payload = CanonicalJson.of(Map.of("text", text, "n", 1.5, "list", List.of(text)));
            for (String optional : new String[] {null, text}) {
                AuditEntry entry = new AuditEntry(12, at, text, optional, optional, optional == null ? null : 3L,
                        "type", payload, optional, EntryHasher.GENESIS, null);
                String database = new Superuser(dataSource).withTriggers(c -> {
                    try (PreparedStatement s = c.prepareStatement("SELECT audit_canonical(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        s.setLong(1, entry.seq());
                        s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                        s.setString(3, entry.username());
                        s.setString(4, entry.role());
                        s.setString(5, entry.memberState());
                        s.setObject(6, entry.draftId(), Types.BIGINT);
                        s.setString(7, entry.type());
                        s.setString(8, entry.payload());
                        s.setString(9, entry.requestId());
                        s.setString(10, entry.prevHash());
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            return r.getString(1);
                        }
                    }
                });
                assertThat(database).as(text).isEqualTo(hasher.canonicalText(entry));
            }
        }
    }

    @Test
    void entries_with_awkward_values_appended_by_the_database_verify_in_java() {
        for (String text : AWKWARD) {
            probe.change(new AuditEvent("draft.revised", text.isEmpty() ? "x" : text, text, text, 1_000_000_001L,
                    Map.of("text", text, "nul", "a\u0000b")));
        }
        assertThat(reader.verify(null, null).firstMismatch()).isNull();
    }
}
