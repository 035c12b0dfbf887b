package org.draftroom.platform.exports;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import io.netty.util.internal.ThreadExecutorMap;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the exports that cost the server most (Word, Akoma Ntoso, print HTML, tracked changes, the
 * audit trail) within bounds:
 * <ul>
 * <li>each holds one of its user's {@link ExportSlots slots} from the request until its response
 * has been sent (or the client has gone): a user cannot have more than
 * {@code draftroom.exports.per-user} in flight, on all servers together (429 beyond);</li>
 * <li>a file is made on a pool of {@code draftroom.exports.threads} threads of its own, so that
 * conversions never take more of the machine than that, and must be ready within
 * {@code draftroom.exports.timeout} (queueing included); past it the request is answered 503 and its
 * slot given back at once. A file still waiting for a thread is then not made; one being made is
 * not interrupted (interrupting Apache POI or Log4j while they load can break them for the life of
 * the process) but finishes on its thread and is dropped, so the pool's size bounds that work;</li>
 * <li>a response still being sent after {@code draftroom.exports.longest} (a client that does not
 * read) is ended, which closes the connection and gives the slot back.</li>
 * </ul>
 */
@Singleton
public class HeavyExports {
    private final ExportSlots slots;
    private final Duration timeout;
    private final Duration longest;
    private final ThreadPoolExecutor makers;
    private final ExecutorService blocking;

    HeavyExports(ExportSlots slots, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                 @Value("${draftroom.exports.timeout:30s}") Duration timeout,
                 @Value("${draftroom.exports.longest:10m}") Duration longest,
                 @Value("${draftroom.exports.threads:0}") int threads) {
        this.slots = slots;
        this.blocking = blocking;
        this.timeout = timeout;
        this.longest = longest;
        int n = threads > 0 ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.makers = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "export-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.makers.allowCoreThreadTimeOut(true);
    }

    /**
     * The file {@code make} produces, made within the time limit while one of the user's slots is
     * held; the slot is given back once the file has been sent.
     */
    public StreamedFile file(String username, Callable<byte[]> make, MediaType mediaType) {
        ExportSlots.Slot slot = slots.take(username, currentRequest());
        byte[] body;
        try {
            body = makeInTime(make);
        } catch (RuntimeException | Error e) {
            slot.giveBack();
            throw e;
        }
        return new StreamedFile(new Held(new ByteArrayInputStream(body), slot), mediaType, System.currentTimeMillis(), body.length);
    }

    /**
     * The stream {@code open} gives (read by the HTTP layer as it sends), while one of the user's
     * slots is held; the slot is given back when the stream is closed, and the stream is ended
     * after {@code draftroom.exports.longest}.
     */
    public InputStream stream(String username, Supplier<InputStream> open) {
        ExportSlots.Slot slot = slots.take(username, currentRequest());
        try {
            return new Held(open.get(), slot);
        } catch (RuntimeException | Error e) {
            slot.giveBack();
            throw e;
        }
    }

    private byte[] makeInTime(Callable<byte[]> make) {
        Future<byte[]> made = makers.submit(make);
        try {
            return made.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            made.cancel(false);
            throw ExportRefused.tookTooLong(timeout);
        } catch (InterruptedException e) {
            made.cancel(false);
            Thread.currentThread().interrupt();
            throw ExportRefused.tookTooLong(timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The export failed: " + cause.getMessage(), cause);
        }
    }

    private static String currentRequest() {
        return ServerRequestContext.currentRequest()
                .map(r -> r.getMethodName() + " " + r.getUri())
                .orElse("export");
    }

    @PreDestroy
    void stop() {
        makers.shutdownNow();
    }

    /**
     * A body that holds its slot until it is closed, and ends once it has been sent for too long. The
     * slot is given back on the closing thread, or on a blocking thread when an event loop closes it.
     */
    private final class Held extends FilterInputStream {
        private final ExportSlots.Slot slot;
        private final long endBy = System.nanoTime() + longest.toNanos();
        private boolean closed;

        Held(InputStream in, ExportSlots.Slot slot) {
            super(in);
            this.slot = slot;
        }

        private boolean begun;

        @Override
        public int read() throws IOException {
            mayGoOn();
            begun = true;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            mayGoOn();
            begun = true;
            return super.read(buffer, offset, length);
        }

        /** Once the response has begun (its status sent), it is ended when it has taken too long. */
        private void mayGoOn() throws IOException {
            if (begun && System.nanoTime() - endBy > 0) {
                close();
                throw new IOException("The export was still being sent after " + longest + " (draftroom.exports.longest); it was ended");
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            try {
                super.close();
            } finally {
                if (ThreadExecutorMap.currentExecutor() != null) {
                    blocking.execute(slot::giveBack);
                } else {
                    slot.giveBack();
                }
            }
        }
    }
}
