package org.draftroom.platform.process;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import org.draftroom.platform.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM (a service manager, Kubernetes) and SIGINT (Ctrl-C) stop the server in order, on one
 * thread: the HTTP server stops accepting and lets the requests in flight finish (the graceful
 * shutdown's grace period bounds it), live streams end with a last event, then the context is
 * closed (the engine hands back its jobs, the pool closes), and only then the embedded PostgreSQL
 * stops. Left to the JVM's shutdown hooks, which all run at once, the embedded PostgreSQL's own
 * hook stopped the database under the engine and the pool.
 */
public final class OrderlyShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(OrderlyShutdown.class);
    private static volatile boolean stopping;

    private OrderlyShutdown() {
    }

    public static void onSignals(ApplicationContext context) {
        for (String name : new String[]{"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> stop(context, signal.getName()));
        }
    }

    private static void stop(ApplicationContext context, String signal) {
        if (stopping) {
            return;
        }
        stopping = true;
        long start = System.nanoTime();
        LOG.info("SIG{}: stopping", signal);
        try {
            context.findBean(EmbeddedApplication.class).ifPresent(EmbeddedApplication::stop);
            if (context.isRunning()) {
                context.close();
            }
            EmbeddedDatabase.stop();
            LOG.info("Stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Stopping did not complete: {}", e.getMessage(), e);
        }
        System.exit(0);
    }
}
