package org.draftroom.security;

import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;

import java.util.Map;

/** Failed sign-ins go to the audit trail, which only the secretariat sees. */
@Singleton
class FailedLogins {
    private final AuditTrail audit;

    FailedLogins(AuditTrail audit) {
        this.audit = audit;
    }

    void record(String username, String reason) {
        String shown = username.length() > 100 ? username.substring(0, 100) : username;
        audit.record(AuditEvent.unauthenticated(shown, "login.failed", Map.of("reason", reason)));
    }
}
