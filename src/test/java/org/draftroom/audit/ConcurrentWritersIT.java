package org.draftroom.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ConcurrentWritersIT extends ServerTest {
    private static final int WRITERS = 50;
    private static final long MILLIS = 10_000;
    @Inject
    AuditProbe probe;
    @Inject
    AuditReader reader;

    @Test
    void fifty_writers_for_ten_seconds_leave_one_whole_chain_as_long_as_the_committed_changes() throws Exception {
        long entriesBefore = reader.head().seq();
        long changesBefore = probe.changes();
        AtomicLong committed = new AtomicLong();
        AtomicLong rolledBack = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long end = System.currentTimeMillis() + MILLIS;
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (long i = 0; System.currentTimeMillis() < end; i++) {
                    AuditEvent event = new AuditEvent("cosponsorship.joined", "writer" + writer, "DELEGATE", "PER",
                            1_000_000_000L + writer, Map.of("writer", writer, "i", i));
                    long start = System.nanoTime();
                    if (i % 10 == 9) {
                        try {
                            probe.changeThenFail(event, new IllegalStateException("rolled back on purpose"));
                        } catch (IllegalStateException expected) {
                            rolledBack.incrementAndGet();
                        }
                    } else {
                        probe.change(event);
                        committed.incrementAndGet();
                        latencies.add(System.nanoTime() - start);
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        ChainVerifier.Result result = reader.verify(null, null);
        assertThat(result.firstMismatch()).isNull();
        assertThat(result.intact()).isTrue();
        assertThat(probe.changes() - changesBefore).isEqualTo(committed.get());
        assertThat(result.headSeq() - entriesBefore).isEqualTo(committed.get());
        assertThat(result.entriesChecked()).isEqualTo(result.headSeq());
        assertThat(rolledBack.get()).isPositive();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("audit append: %d committed (%d rolled back) by %d writers in %d s = %.0f changes/s; "
                        + "latency p50 %.1f ms, p99 %.1f ms%n", committed.get(), rolledBack.get(), WRITERS, MILLIS / 1000,
                committed.get() * 1000.0 / MILLIS, sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6);
    }
}
