package org.draftroom.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What recording costs a feature: the same change with and without its entry, one at a time
 * and at a steady 1,000 changes a second (latency measured from when each change was due).
 * Prints the figures; asserts only that the chain stays whole.
 */
@MicronautTest(transactional = false)
class AuditCostIT extends ServerTest {
    private static final int RATE = 1000;
    private static final int SECONDS = 3;
    @Inject
    AuditProbe probe;
    @Inject
    AuditReader reader;

    private static AuditEvent event(long i) {
        return new AuditEvent("amendment.proposed", "per", "DELEGATE", "PER", 1_000_000_001L, Map.of("amendment", i, "text", "x".repeat(200)));
    }

    @Test
    void recording_costs_little_one_at_a_time_and_at_a_thousand_changes_a_second() throws Exception {
        for (int i = 0; i < 500; i++) { // warm up
            probe.change(event(i));
            probe.changeWithoutAudit(event(i));
        }
        double plain = sequential(probe::changeWithoutAudit);
        double audited = sequential(probe::change);
        System.out.printf("audit cost, one at a time: %.3f ms per change without entry, %.3f ms with (+%.3f ms)%n",
                plain, audited, audited - plain);
        for (boolean withEntry : new boolean[] {false, true}) {
            List<Long> latencies = paced(withEntry ? probe::change : probe::changeWithoutAudit);
            Collections.sort(latencies);
            System.out.printf("audit cost at %d changes/s for %d s %s entry: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    RATE, SECONDS, withEntry ? "with" : "without", pct(latencies, 50), pct(latencies, 99),
                    latencies.get(latencies.size() - 1) / 1e6);
        }
        assertThat(reader.verify(null, null).intact()).isTrue();
    }

    private double sequential(Consumer<AuditEvent> change) {
        int n = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            change.accept(event(i));
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private static List<Long> paced(Consumer<AuditEvent> change) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long begin = System.nanoTime() + 50_000_000;
        int total = RATE * SECONDS;
        long periodNanos = 1_000_000_000L / RATE;
        for (int i = 0; i < total; i++) {
            long due = begin + i * periodNanos;
            long index = i;
            clock.schedule(() -> workers.execute(() -> {
                change.accept(event(index));
                latencies.add(System.nanoTime() - due);
            }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(SECONDS + 60, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
        assertThat(((ThreadPoolExecutor) workers).getCompletedTaskCount()).isEqualTo(total);
        return new ArrayList<>(latencies);
    }

    private static double pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }
}
