package org.draftroom.audit;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Placeholder until the hash-chained trail lands: logs events. */
@Singleton
@Secondary
class LoggingAuditTrail implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingAuditTrail.class);

    @Override
    public void record(AuditEvent event) {
        LOG.info("audit {}", event);
    }
}
