package org.draftroom.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A draft's server-sent events read on a background thread, whole events at a time. */
public final class EventStream implements AutoCloseable {
    /** Queued when the server ends the stream. */
    public static final String END = "(end of stream)";
    private final InputStream in;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private EventStream(InputStream in) {
        this.in = in;
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    public static EventStream open(URI server, long draft, String token) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/drafts/" + draft + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Stream refused: " + response.statusCode());
            }
            return new EventStream(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder event = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    events.add(event.toString());
                    event.setLength(0);
                } else {
                    event.append(line.replace(": ", ":")).append('\n');
                }
            }
            events.add(END);
        } catch (IOException e) {
            events.add(END);
        }
    }

    /** The next event other than a heartbeat within the given time, or "" when none came. */
    public String next(int seconds) throws InterruptedException {
        String e = events.poll(seconds, TimeUnit.SECONDS);
        while (e != null && e.contains("event:ping")) {
            e = events.poll(seconds, TimeUnit.SECONDS);
        }
        return e == null ? "" : e;
    }

    /** Waits for an event containing {@code wanted}; answers it, or "" when none came in time. */
    public String await(String wanted, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                return "";
            }
            if (e.contains(wanted)) {
                return e;
            }
            if (e.equals(END)) {
                return "";
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
