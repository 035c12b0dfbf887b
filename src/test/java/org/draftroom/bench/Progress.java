package org.draftroom.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Answers per 5-second window of the run (warm-up included): how many, and the slowest 1 %. Shows
 * whether the server holds its pace as amendments pile up on the draft, which one overall figure hides.
 */
final class Progress {
    private static final long WINDOW = 5_000_000_000L;
    /** Latency buckets of 0.5 ms up to 1 s, the last one catching everything slower. */
    private static final int BUCKETS = 2001;
    private final long start;
    private final ConcurrentMap<Integer, AtomicLongArray> windows = new ConcurrentHashMap<>();

    Progress(long start) {
        this.start = start;
    }

    void record(long at, long latencyNanos) {
        int window = (int) ((at - start) / WINDOW);
        int bucket = (int) Math.min(BUCKETS - 1, latencyNanos / 500_000);
        windows.computeIfAbsent(window, w -> new AtomicLongArray(BUCKETS)).incrementAndGet(bucket);
    }

    void print(long measureFrom) {
        System.out.println("per 5 s window (from the start of the warm-up): answers/s, p99");
        windows.keySet().stream().sorted().forEach(w -> {
            AtomicLongArray counts = windows.get(w);
            long total = 0;
            for (int i = 0; i < BUCKETS; i++) {
                total += counts.get(i);
            }
            long seen = 0;
            int p99 = BUCKETS - 1;
            for (int i = 0; i < BUCKETS; i++) {
                seen += counts.get(i);
                if (seen >= Math.ceil(total * 0.99)) {
                    p99 = i;
                    break;
                }
            }
            long from = w * WINDOW / 1_000_000_000L;
            System.out.printf("  %4d s%s %6.0f/s  p99 %s%n", from, start + w * WINDOW >= measureFrom ? " *" : "  ", total / 5.0,
                    p99 == BUCKETS - 1 ? "> 1 s" : String.format("%.1f ms", (p99 + 1) / 2.0));
        });
    }
}
