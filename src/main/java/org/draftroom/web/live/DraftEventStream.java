package org.draftroom.web.live;

import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;

/**
 * The server-sent events of one draft for one client: a minimal Reactive Streams publisher that
 * honours the subscriber's demand. A slow client keeps at most {@link #BUFFER} events; older ones
 * are dropped, which loses nothing since every event only says "re-read the draft".
 */
public final class DraftEventStream implements Publisher<Event<Object>> {
    static final int BUFFER = 64;
    private final long draftId;
    private final LiveHub hub;

    DraftEventStream(long draftId, LiveHub hub) {
        this.draftId = draftId;
        this.hub = hub;
    }

    @Override
    public void subscribe(Subscriber<? super Event<Object>> subscriber) {
        Subscription subscription = new Subscription(subscriber);
        subscriber.onSubscribe(subscription);
        subscription.offer(Event.<Object>of(Map.of("draftId", draftId)).name("ready"));
        hub.add(draftId, subscription);
    }

    /** One client's subscription: a small queue drained as far as the client asked. */
    final class Subscription implements org.reactivestreams.Subscription {
        private final Subscriber<? super Event<Object>> subscriber;
        private final Queue<Event<Object>> queue = new ArrayDeque<>();
        private long demand;
        private boolean done;
        private boolean draining;
        private boolean closing;

        Subscription(Subscriber<? super Event<Object>> subscriber) {
            this.subscriber = subscriber;
        }

        void offer(Event<Object> event) {
            synchronized (this) {
                if (done || closing) {
                    return;
                }
                if (queue.size() == BUFFER) {
                    queue.poll();
                }
                queue.add(event);
            }
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("§3.9: request must be positive"));
                return;
            }
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            drain();
        }

        @Override
        public void cancel() {
            synchronized (this) {
                done = true;
                queue.clear();
            }
            hub.remove(draftId, this);
        }

        /** Sends a last event, then ends the stream once the client has taken it. */
        void finish(Event<Object> last) {
            synchronized (this) {
                if (done || closing) {
                    return;
                }
                if (queue.size() == BUFFER) {
                    queue.poll();
                }
                queue.add(last);
                closing = true;
            }
            drain();
        }

        void complete() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                queue.clear();
            }
            subscriber.onComplete();
        }

        /**
         * Delivers queued events one thread at a time, never more than requested; a finishing stream
         * completes once its last event is delivered.
         */
        private void drain() {
            while (true) {
                Event<Object> next;
                synchronized (this) {
                    if (closing && !done && !draining && queue.isEmpty()) {
                        done = true;
                        next = null;
                    } else if (draining || done || demand == 0 || queue.isEmpty()) {
                        return;
                    } else {
                        draining = true;
                        next = queue.poll();
                        demand--;
                    }
                }
                if (next == null) {
                    hub.remove(draftId, this);
                    subscriber.onComplete();
                    return;
                }
                try {
                    subscriber.onNext(next);
                } catch (RuntimeException e) {
                    cancel();
                    return;
                } finally {
                    synchronized (this) {
                        draining = false;
                    }
                }
            }
        }
    }
}
