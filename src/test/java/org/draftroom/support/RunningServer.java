package org.draftroom.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * A whole server started by a test in its own application context, with properties of the test's
 * choosing (another database, another secret): several of them side by side are several servers
 * of one installation.
 */
public final class RunningServer implements AutoCloseable {
    private final EmbeddedServer server;
    private final Http http;

    private RunningServer(EmbeddedServer server) {
        this.server = server;
        this.http = new Http(server.getURI());
    }

    public static RunningServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        return new RunningServer(ApplicationContext.run(EmbeddedServer.class, all, Environment.TEST));
    }

    public Http http() {
        return http;
    }

    public Accounts accounts() {
        return server.getApplicationContext().getBean(Accounts.class);
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public java.net.URI uri() {
        return server.getURI();
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
