package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.audit.chain.EntryHasher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {
    private final EntryHasher hasher = new EntryHasher();

    private List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = EntryHasher.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry e = entry(seq, "{\"n\":" + seq + "}", prev, null);
            e = entry(seq, e.payload(), prev, hasher.hash(e));
            entries.add(e);
            prev = e.hash();
        }
        return entries;
    }

    private static AuditEntry entry(long seq, String payload, String prev, String hash) {
        return new AuditEntry(seq, Instant.parse("2025-10-14T09:00:00Z").plusSeconds(seq), "sec", "SECRETARIAT", null,
                1L, "draft.tabled", payload, "r" + seq, prev, hash);
    }

    private static ChainVerifier.Result verify(List<AuditEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish(headSeq, headHash);
    }

    @Test
    void a_whole_chain_is_intact_and_counted() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier.Result result = verify(entries, 5, entries.get(4).hash());
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void an_empty_chain_with_the_genesis_head_is_intact() {
        assertThat(verify(List.of(), 0, EntryHasher.GENESIS).intact()).isTrue();
    }

    @Test
    void an_edited_entry_is_named() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry e = entries.get(2);
        entries.set(2, entry(3, "{\"n\":99}", e.prevHash(), e.hash()));
        ChainVerifier.Result result = verify(entries, 5, entries.get(4).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstMismatch().seq()).isEqualTo(3);
        assertThat(result.firstMismatch().problem()).contains("content was changed");
    }

    @Test
    void an_entry_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next_one() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry e = entries.get(2);
        AuditEntry forged = entry(3, "{\"n\":99}", e.prevHash(), null);
        entries.set(2, entry(3, forged.payload(), forged.prevHash(), hasher.hash(forged)));
        ChainVerifier.Result result = verify(entries, 5, entries.get(4).hash());
        assertThat(result.firstMismatch().seq()).isEqualTo(4);
        assertThat(result.firstMismatch().problem()).contains("does not link");
    }

    @Test
    void a_deleted_entry_is_named_as_missing() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.remove(1);
        ChainVerifier.Result result = verify(entries, 5, entries.get(3).hash());
        assertThat(result.firstMismatch()).isEqualTo(new ChainVerifier.Mismatch(2, "entry 2 is missing"));
        assertThat(result.entriesChecked()).isEqualTo(4);
    }

    @Test
    void a_deleted_last_entry_is_named_because_the_head_still_counts_it() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier.Result result = verify(entries.subList(0, 4), 5, entries.get(4).hash());
        assertThat(result.firstMismatch().seq()).isEqualTo(5);
        assertThat(result.firstMismatch().problem()).contains("missing");
    }

    @Test
    void an_entry_slipped_in_behind_the_head_is_named() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier.Result result = verify(entries, 4, entries.get(3).hash());
        assertThat(result.firstMismatch().seq()).isEqualTo(5);
    }

    @Test
    void an_exported_head_is_found_again_unless_the_chain_was_rewritten() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier kept = new ChainVerifier(3L, entries.get(2).hash());
        entries.forEach(kept::accept);
        assertThat(kept.finish(5, entries.get(4).hash()).anchorMatches()).isTrue();
        ChainVerifier other = new ChainVerifier(3L, "a".repeat(64));
        entries.forEach(other::accept);
        assertThat(other.finish(5, entries.get(4).hash()).anchorMatches()).isFalse();
    }
}
