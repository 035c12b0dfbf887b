package org.draftroom.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Database;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Writers only queue their entries; the sealer chains them once they have committed. */
@MicronautTest(transactional = false)
class AuditSealingIT extends ServerTest {
    @Inject
    AuditProbe probe;
    @Inject
    Database database;

    @Test
    void a_committed_entry_is_chained_by_the_background_sealer_without_any_reader_asking() throws Exception {
        String marker = UUID.randomUUID().toString();
        probe.change(new AuditEvent("cosponsorship.joined", "sealing", "DELEGATE", "PER", 1_000_000_001L, Map.of("marker", marker)));
        String chained = "SELECT count(*) FROM audit_entry WHERE payload->>'marker' = '" + marker + "'";
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (database.count(chained) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(database.count(chained)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM audit_queue WHERE payload::json->>'marker' = '" + marker + "'"))
                .as("moved out of the queue as it was chained").isZero();
    }

    @Test
    void an_entry_of_a_rolled_back_change_is_never_queued_nor_chained() {
        String marker = UUID.randomUUID().toString();
        AuditEvent event = new AuditEvent("cosponsorship.joined", "sealing", "DELEGATE", "PER", 1_000_000_001L, Map.of("marker", marker));
        try {
            probe.changeThenFail(event, new IllegalStateException("rolled back on purpose"));
        } catch (IllegalStateException expected) {
            // the change and its entry are gone together
        }
        assertThat(database.count("SELECT count(*) FROM audit_queue WHERE payload::json->>'marker' = '" + marker + "'")).isZero();
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE payload->>'marker' = '" + marker + "'")).isZero();
    }
}
