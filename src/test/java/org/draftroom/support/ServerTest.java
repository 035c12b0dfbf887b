package org.draftroom.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

/**
 * Base of the {@code *IT} tests: the real server on a random port against PostgreSQL,
 * driven over HTTP. Subclasses carry {@code @MicronautTest}.
 */
public abstract class ServerTest {
    @Inject
    protected EmbeddedServer server;
    @Inject
    protected Accounts accounts;

    private Http http;

    protected Http http() {
        if (http == null) {
            http = new Http(server.getURI());
        }
        return http;
    }
}
