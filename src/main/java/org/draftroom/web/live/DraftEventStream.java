package org.draftroom.web.live;

import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server-sent events of one draft for one client: a single-subscriber Reactive Streams
 * publisher that honours the subscriber's demand. It is registered with the {@link LiveHub} before
 * the changes the client missed are read ({@code Last-Event-ID}), and holds the live changes heard
 * meanwhile; once the missed ones are queued, the held ones follow, each change once, in order.
 *
 * <p>A client that falls more than {@code buffer} events behind is dropped: its stream ends (it
 * never holds the others back, and the server keeps nothing for it), and the client reconnects
 * with the id of the last event it took and gets the rest from the database.
 */
public final class DraftEventStream implements Publisher<Event<Object>> {
    private final long draftId;
    private final String user;
    private final int buffer;
    private final LiveHub hub;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Queue<Event<Object>> queue = new ArrayDeque<>();
    private List<DraftChange> held = new ArrayList<>();
    private Subscriber<? super Event<Object>> subscriber;
    private long lastSeq;
    private long demand;
    private boolean done;
    private boolean draining;
    private boolean closing;
    private boolean dropped;

    DraftEventStream(long draftId, String user, int buffer, LiveHub hub) {
        this.draftId = draftId;
        this.user = user;
        this.buffer = buffer;
        this.hub = hub;
    }

    long draftId() {
        return draftId;
    }

    String user() {
        return user;
    }

    /** Whether this stream was dropped for falling behind. */
    synchronized boolean dropped() {
        return dropped;
    }

    /**
     * Queues {@code ready}, then the changes missed since {@code Last-Event-ID} (or one
     * {@code resync} when there were too many to send), then the live changes held meanwhile.
     */
    void start(long lastEventId, List<DraftChange> missed) {
        boolean tooMany = missed.size() > MissedChanges.MAX;
        synchronized (this) {
            enqueue(Event.<Object>of(Map.of("draftId", draftId, "resumedAfter", lastEventId, "missed",
                    tooMany ? -1 : missed.size())).name("ready"));
            if (tooMany) {
                enqueue(resync());
                lastSeq = missed.get(missed.size() - 1).seq();
            } else {
                missed.forEach(this::enqueueChange);
            }
            List<DraftChange> live = held;
            held = null;
            live.forEach(this::enqueueChange);
        }
        drain();
    }

    /** A live change heard from the database. */
    void change(DraftChange change) {
        synchronized (this) {
            if (held != null) {
                held.add(change);
                if (held.size() > buffer) {
                    drop();
                }
            } else {
                enqueueChange(change);
            }
        }
        drain();
    }

    /** Changes may have been missed (the listener lost its connection): the client re-reads. */
    void resyncNow() {
        synchronized (this) {
            enqueue(resync());
        }
        drain();
    }

    /** A heartbeat, unless events are already waiting to be sent. */
    void ping() {
        synchronized (this) {
            if (!queue.isEmpty() || held != null) {
                return;
            }
            enqueue(Event.<Object>of(Map.of()).name("ping"));
        }
        drain();
    }

    private Event<Object> resync() {
        return Event.<Object>of(Map.of("draftId", draftId, "type", "resync")).name("change");
    }

    private void enqueueChange(DraftChange change) {
        if (change.seq() <= lastSeq) {
            return; // already sent: read as missed, then heard live
        }
        lastSeq = change.seq();
        enqueue(Event.<Object>of(change.event()).name("change").id(Long.toString(change.seq())));
    }

    /** Called holding the lock. */
    private void enqueue(Event<Object> event) {
        if (done || closing) {
            return;
        }
        if (queue.size() >= buffer) {
            drop();
            return;
        }
        queue.add(event);
    }

    /** Called holding the lock: nothing more is sent, and the stream ends at once. */
    private void drop() {
        dropped = true;
        closing = true;
        queue.clear();
        held = null;
    }

    @Override
    public void subscribe(Subscriber<? super Event<Object>> s) {
        synchronized (this) {
            if (subscriber != null) {
                s.onSubscribe(new Subscription());
                s.onError(new IllegalStateException("One subscriber per stream"));
                return;
            }
            subscriber = s;
        }
        s.onSubscribe(new Subscription());
        drain();
    }

    private final class Subscription implements org.reactivestreams.Subscription {
        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("§3.9: request must be positive"));
                return;
            }
            synchronized (DraftEventStream.this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            drain();
        }

        @Override
        public void cancel() {
            synchronized (DraftEventStream.this) {
                done = true;
                queue.clear();
                held = null;
            }
            release();
        }
    }

    /** Sends a last event, then ends the stream once the client has taken it. */
    void finish(Event<Object> last) {
        synchronized (this) {
            if (done || closing) {
                return;
            }
            queue.add(last);
            closing = true;
        }
        drain();
    }

    /** Ends the stream at once (the server stops). */
    void complete() {
        Subscriber<? super Event<Object>> s;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            queue.clear();
            s = subscriber;
        }
        release();
        if (s != null) {
            s.onComplete();
        }
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            hub.remove(this);
        }
    }

    /**
     * Delivers queued events one thread at a time, never more than requested; a closing stream
     * completes once its queue is empty.
     */
    private void drain() {
        while (true) {
            Event<Object> next;
            Subscriber<? super Event<Object>> s;
            synchronized (this) {
                s = subscriber;
                if (s == null || draining || done) {
                    return;
                }
                if (closing && queue.isEmpty()) {
                    done = true;
                    next = null;
                } else if (demand == 0 || queue.isEmpty()) {
                    return;
                } else {
                    draining = true;
                    next = queue.poll();
                    demand--;
                }
            }
            if (next == null) {
                release();
                s.onComplete();
                return;
            }
            try {
                s.onNext(next);
            } catch (RuntimeException e) {
                synchronized (this) {
                    done = true;
                    queue.clear();
                }
                release();
                return;
            } finally {
                synchronized (this) {
                    draining = false;
                }
            }
        }
    }
}
