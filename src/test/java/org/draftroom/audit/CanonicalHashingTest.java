package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.CanonicalJson;
import org.draftroom.audit.chain.EntryHasher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalHashingTest {

    record Votes(int yes, int no, int abstain) {
    }

    @Test
    void a_payload_is_written_with_sorted_keys_no_whitespace_and_plain_numbers() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("zeta", List.of(1, 2.50, new BigDecimal("3.000")));
        payload.put("alpha", Map.of("b", true, "a", LocalDate.of(2025, 10, 14)));
        payload.put("votes", new Votes(120, 10, 30));
        payload.put("none", null);
        assertThat(CanonicalJson.of(payload)).isEqualTo(
                "{\"alpha\":{\"a\":\"2025-10-14\",\"b\":true},\"none\":null,"
                        + "\"votes\":{\"abstain\":30,\"no\":10,\"yes\":120},\"zeta\":[1,2.5,3]}");
    }

    @Test
    void the_same_payload_in_any_key_order_gives_the_same_text() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 1);
        one.put("a", 2);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", 2);
        other.put("b", 1);
        assertThat(CanonicalJson.of(one)).isEqualTo(CanonicalJson.of(other)).isEqualTo("{\"a\":2,\"b\":1}");
    }

    @Test
    void strings_escape_quotes_backslashes_and_control_characters_and_keep_other_characters() {
        assertThat(CanonicalJson.of(Map.of("t", "Côte d'Ivoire \"A\\B\"\n\t\r\b\f\u0001\u001f\u0000 — 日本 😀")))
                .isEqualTo("{\"t\":\"Côte d'Ivoire \\\"A\\\\B\\\"\\n\\t\\r\\b\\f\\u0001\\u001f\uFFFD — 日本 😀\"}");
    }

    @Test
    void values_that_have_no_exact_json_form_are_refused() {
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_canonical_content_of_an_entry_is_the_documented_json_array() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2025-10-14T09:30:00.1234Z"), "blr", "DELEGATE", "BLR", 42L,
                "draft.tabled", "{\"symbol\":\"A/C.3/80/L.20\"}", "req-1", EntryHasher.GENESIS, null);
        assertThat(new EntryHasher().canonicalText(entry)).isEqualTo(
                "[1,7,\"2025-10-14T09:30:00.123400Z\",\"blr\",\"DELEGATE\",\"BLR\",42,\"draft.tabled\","
                        + "{\"symbol\":\"A/C.3/80/L.20\"},\"req-1\",\"" + "0".repeat(64) + "\"]");
    }

    @Test
    void absent_fields_are_null_and_the_hash_is_the_sha256_of_the_utf8_content() throws Exception {
        AuditEntry entry = new AuditEntry(1, Instant.parse("2025-01-02T03:04:05Z"), "Zoë", null, null, null,
                "login.failed", "{\"reason\":\"wrong password\"}", null, EntryHasher.GENESIS, null);
        String canonical = "[1,1,\"2025-01-02T03:04:05.000000Z\",\"Zoë\",null,null,null,\"login.failed\","
                + "{\"reason\":\"wrong password\"},null,\"" + "0".repeat(64) + "\"]";
        EntryHasher hasher = new EntryHasher();
        assertThat(hasher.canonicalText(entry)).isEqualTo(canonical);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(hasher.hash(entry)).isEqualTo(expected).hasSize(64);
        assertThat(hasher.hash(entry)).as("a reused hasher gives the same hash").isEqualTo(expected);
    }

    @Test
    void every_field_and_the_previous_hash_change_the_hash() {
        EntryHasher hasher = new EntryHasher();
        AuditEntry base = new AuditEntry(3, Instant.parse("2025-10-14T09:30:00Z"), "per", "DELEGATE", "PER", 5L,
                "cosponsorship.joined", "{}", "r", EntryHasher.GENESIS, null);
        String hash = hasher.hash(base);
        List<AuditEntry> changed = List.of(
                new AuditEntry(4, base.occurredAt(), "per", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt().plusNanos(1000), "per", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "pera", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", null, "PER", 5L, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PRY", 5L, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PER", null, "cosponsorship.joined", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PER", 5L, "cosponsorship.withdrawn", "{}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{\"a\":1}", "r", base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{}", null, base.prevHash(), null),
                new AuditEntry(3, base.occurredAt(), "per", "DELEGATE", "PER", 5L, "cosponsorship.joined", "{}", "r", "1".repeat(64), null));
        assertThat(changed).allSatisfy(e -> assertThat(hasher.hash(e)).isNotEqualTo(hash));
    }

    @Test
    void a_null_field_and_the_text_null_hash_differently() {
        EntryHasher hasher = new EntryHasher();
        AuditEntry withNull = new AuditEntry(1, Instant.EPOCH, "u", null, null, null, "t", "{}", null, EntryHasher.GENESIS, null);
        AuditEntry withText = new AuditEntry(1, Instant.EPOCH, "u", "null", null, null, "t", "{}", null, EntryHasher.GENESIS, null);
        assertThat(hasher.hash(withNull)).isNotEqualTo(hasher.hash(withText));
    }
}
