package org.draftroom.support;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the server executes to answer HTTP requests, so that tests can check
 * that a read costs a constant number of queries (see {@link QueryCounts}).
 *
 * <p>Only statements executed while a request is being handled count: Micronaut keeps the request
 * in the propagated context of the threads that handle it (the event loop, and the blocking
 * executor of {@code @ExecuteOn} controllers), and {@link ServerRequestContext#currentRequest()}
 * finds it there. The threads that work in the background have no request: the Flowable async
 * executor acquiring timer and async jobs every few seconds, the live-updates listener. Their
 * statements are kept apart ({@link Counted#elsewhere()}) and never counted, so a job poll that
 * happens to fall into a measured request cannot change its count. Requests must be measured one
 * at a time, with no other request running (the tests send them one after another).
 */
@Singleton
public class RequestStatements {
    private volatile Recording recording;

    /** What one measured request cost: its statements in the order they ran. */
    public record Counted<T>(T result, List<String> statements, List<String> elsewhere) {
        public int count() {
            return statements.size();
        }

        /** Each distinct statement (first 140 characters, spaces collapsed) with how often it ran. */
        public String summary() {
            Map<String, Integer> times = new TreeMap<>();
            statements.forEach(sql -> times.merge(shortened(sql), 1, Integer::sum));
            StringBuilder out = new StringBuilder();
            times.forEach((sql, n) -> out.append(String.format("  %3d × %s%n", n, sql)));
            return out.toString();
        }

        private static String shortened(String sql) {
            String flat = sql.strip().replaceAll("\\s+", " ");
            return flat.length() <= 140 ? flat : flat.substring(0, 140) + "…";
        }
    }

    private record Recording(Queue<String> statements, Queue<String> elsewhere) {
    }

    /** Runs {@code request} (one HTTP request, sent and answered) and answers what it cost. */
    public synchronized <T> Counted<T> during(Supplier<T> request) {
        Recording now = new Recording(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        recording = now;
        try {
            T result = request.get();
            return new Counted<>(result, List.copyOf(now.statements()), List.copyOf(now.elsewhere()));
        } finally {
            recording = null;
        }
    }

    /** Called by {@link CountingDataSource} before each statement runs, on the thread that runs it. */
    void executed(String sql) {
        Recording now = recording;
        if (now == null) {
            return;
        }
        if (ServerRequestContext.currentRequest().isPresent()) {
            now.statements().add(sql);
        } else {
            now.elsewhere().add(Thread.currentThread().getName() + ": " + sql);
        }
    }
}
