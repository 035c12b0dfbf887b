package org.draftroom.web.live;

import org.draftroom.platform.metrics.OpenStreams;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Who is watching which draft. Committed changes heard from the database are handed to every
 * open stream of that draft; a heartbeat every 15 seconds keeps proxies from closing idle
 * streams and lets the server notice clients that went away.
 */
@Singleton
public class LiveHub implements GracefulShutdownCapable, OpenStreams {
    static final long HEARTBEAT_SECONDS = 15;
    private final Map<Long, Set<DraftEventStream.Subscription>> watchers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LiveHub() {
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** A stream of the changes to one draft, starting with a {@code ready} event. */
    public DraftEventStream stream(long draftId) {
        return new DraftEventStream(draftId, this);
    }

    void publish(DraftChange change) {
        Set<DraftEventStream.Subscription> set = watchers.get(change.draftId());
        if (set != null) {
            Event<Object> event = Event.<Object>of(change).name("change").id(Long.toString(change.seq()));
            set.forEach(s -> s.offer(event));
        }
    }

    /** After the database connection was lost, changes may have been missed: everyone re-reads. */
    void resync() {
        watchers.forEach((draftId, set) -> set.forEach(s -> s.offer(
                Event.<Object>of(new DraftChange(draftId, "resync", 0)).name("change"))));
    }

    int watching(long draftId) {
        Set<DraftEventStream.Subscription> set = watchers.get(draftId);
        return set == null ? 0 : set.size();
    }

    void add(long draftId, DraftEventStream.Subscription subscription) {
        watchers.computeIfAbsent(draftId, id -> new CopyOnWriteArraySet<>()).add(subscription);
    }

    void remove(long draftId, DraftEventStream.Subscription subscription) {
        watchers.computeIfPresent(draftId, (id, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    private void beat() {
        Event<Object> ping = Event.<Object>of(Map.of()).name("ping");
        watchers.values().forEach(set -> set.forEach(s -> s.offer(ping)));
    }

    /**
     * At shutdown every open stream gets a last {@code shutdown} event (the client reconnects, to
     * another server behind the load balancer or to this one restarted) and ends, so that the
     * server does not wait for streams that would never end by themselves.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        heartbeat.shutdownNow();
        Event<Object> last = Event.<Object>of(Map.of("reconnect", true)).name("shutdown");
        watchers.values().forEach(set -> set.forEach(s -> s.finish(last)));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(open());
    }

    /** Streams open on this server, all drafts together. */
    @Override
    public int open() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        watchers.values().forEach(set -> set.forEach(DraftEventStream.Subscription::complete));
        watchers.clear();
    }
}
