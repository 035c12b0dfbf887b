package org.draftroom.web.live;

import io.micronaut.http.sse.Event;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Bounded buffers: a client that falls behind is dropped, and the others get every change. */
class DraftEventStreamTest {
    private static final long DRAFT = 7;

    /** A client that took {@code initially} events and then stopped reading, or one that reads all. */
    static final class Client implements Subscriber<Event<Object>> {
        final List<Event<Object>> events = new CopyOnWriteArrayList<>();
        final long initially;
        volatile boolean completed;

        Client(long initially) {
            this.initially = initially;
        }

        @Override
        public void onSubscribe(Subscription s) {
            s.request(initially);
        }

        @Override
        public void onNext(Event<Object> event) {
            events.add(event);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {
            completed = true;
        }

        List<String> ids() {
            return events.stream().filter(e -> "change".equals(e.getName())).map(Event::getId).toList();
        }
    }

    private static DraftChange change(long seq) {
        return new DraftChange(DRAFT, seq, Map.of("draftId", DRAFT, "type", "amendment.proposed", "seq", seq));
    }

    @Test
    void a_client_that_falls_behind_is_dropped_and_the_others_get_every_change() {
        LiveHub hub = new LiveHub(10, 8);
        try {
            DraftEventStream slowStream = hub.open(DRAFT, "slow");
            DraftEventStream fastStream = hub.open(DRAFT, "fast");
            slowStream.start(-1, List.of());
            fastStream.start(-1, List.of());
            Client slow = new Client(3); // ready and two changes, then it stops reading
            Client fast = new Client(Long.MAX_VALUE);
            slowStream.subscribe(slow);
            fastStream.subscribe(fast);

            for (long seq = 1; seq <= 40; seq++) {
                hub.publish(change(seq));
            }

            assertThat(fast.ids()).hasSize(40).first().isEqualTo("1");
            assertThat(fast.completed).isFalse();
            assertThat(slow.ids()).containsExactly("1", "2");
            assertThat(slow.completed).as("dropped: its stream ended").isTrue();
            assertThat(slowStream.dropped()).isTrue();
            assertThat(hub.watching(DRAFT)).isEqualTo(1);
            assertThat(hub.heldBy("slow")).isZero();
        } finally {
            hub.close();
        }
    }

    @Test
    void a_resumed_stream_sends_what_was_missed_then_what_was_heard_meanwhile_each_change_once_in_order() {
        LiveHub hub = new LiveHub(10, 64);
        try {
            DraftEventStream stream = hub.open(DRAFT, "fra");
            hub.publish(change(5)); // heard while the missed ones are read: 5 is read as missed too
            hub.publish(change(6));
            stream.start(2, List.of(change(3), change(4), change(5)));
            hub.publish(change(7));
            Client client = new Client(Long.MAX_VALUE);
            stream.subscribe(client);
            assertThat(client.events.get(0).getName()).isEqualTo("ready");
            assertThat(client.ids()).containsExactly("3", "4", "5", "6", "7");
        } finally {
            hub.close();
        }
    }

    @Test
    void a_user_holds_at_most_the_configured_number_of_streams() {
        LiveHub hub = new LiveHub(2, 8);
        try {
            DraftEventStream first = hub.open(DRAFT, "fra");
            hub.open(DRAFT + 1, "fra");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.open(DRAFT, "fra"))
                    .isInstanceOf(LiveHub.TooManyStreams.class);
            hub.open(DRAFT, "deu");
            first.complete();
            assertThat(hub.heldBy("fra")).isEqualTo(1);
            hub.open(DRAFT, "fra");
            assertThat(hub.heldBy("fra")).isEqualTo(2);
        } finally {
            hub.close();
        }
    }
}
