package org.draftroom.web.live;

import io.micronaut.context.annotation.Value;
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
 * Who is watching which draft. Committed changes heard from the database (one listener per
 * server, {@link DatabaseNotifications}) are handed to every open stream of that draft, each with
 * a bounded buffer of its own; a heartbeat every 15 seconds keeps proxies from closing idle streams
 * and lets the server notice clients that went away. A user holds at most
 * {@code draftroom.live.streams-per-user} streams on a server at once.
 */
@Singleton
public class LiveHub implements GracefulShutdownCapable, OpenStreams {
    static final long HEARTBEAT_SECONDS = 15;
    private final Map<Long, Set<DraftEventStream>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();
    private final int streamsPerUser;
    private final int buffer;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LiveHub(@Value("${draftroom.live.streams-per-user:10}") int streamsPerUser,
            @Value("${draftroom.live.buffer:256}") int buffer) {
        this.streamsPerUser = streamsPerUser;
        this.buffer = buffer;
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Refused: the user already holds as many streams as allowed. */
    static final class TooManyStreams extends RuntimeException {
        final int limit;

        TooManyStreams(int limit) {
            super(null, null, false, false);
            this.limit = limit;
        }
    }

    /**
     * A new stream of one draft for {@code user}, already hearing the changes that commit from now
     * on (held until {@link DraftEventStream#start}).
     */
    DraftEventStream open(long draftId, String user) {
        boolean[] allowed = {false};
        perUser.compute(user, (u, n) -> {
            int now = n == null ? 0 : n;
            allowed[0] = now < streamsPerUser;
            return allowed[0] ? now + 1 : (n == null ? null : n);
        });
        if (!allowed[0]) {
            throw new TooManyStreams(streamsPerUser);
        }
        DraftEventStream stream = new DraftEventStream(draftId, user, buffer, this);
        watchers.computeIfAbsent(draftId, id -> new CopyOnWriteArraySet<>()).add(stream);
        return stream;
    }

    void publish(DraftChange change) {
        Set<DraftEventStream> set = watchers.get(change.draftId());
        if (set != null) {
            set.forEach(s -> s.change(change));
        }
    }

    /** After the database connection was lost, changes may have been missed: everyone re-reads. */
    void resync() {
        watchers.values().forEach(set -> set.forEach(DraftEventStream::resyncNow));
    }

    int watching(long draftId) {
        Set<DraftEventStream> set = watchers.get(draftId);
        return set == null ? 0 : set.size();
    }

    /** Streams {@code user} holds on this server. */
    int heldBy(String user) {
        return perUser.getOrDefault(user, 0);
    }

    /** Called once per stream, when it ends however it ends. */
    void remove(DraftEventStream stream) {
        watchers.computeIfPresent(stream.draftId(), (id, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
        });
        perUser.computeIfPresent(stream.user(), (u, n) -> n <= 1 ? null : n - 1);
    }

    private void beat() {
        watchers.values().forEach(set -> set.forEach(DraftEventStream::ping));
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
        watchers.values().forEach(set -> set.forEach(DraftEventStream::complete));
        watchers.clear();
    }
}
