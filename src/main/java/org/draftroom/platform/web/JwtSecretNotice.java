package org.draftroom.platform.web;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says in the log when tokens are signed with a secret generated for this start only. */
@Singleton
class JwtSecretNotice {
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretNotice.class);

    @EventListener
    void onStartup(StartupEvent event) {
        String secret = System.getenv("DRAFTROOM_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            LOG.warn("DRAFTROOM_JWT_SECRET is not set: tokens are signed with a random secret generated at this start, "
                    + "so they stop working when the server restarts");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("DRAFTROOM_JWT_SECRET must be at least 32 characters long");
        }
    }
}
