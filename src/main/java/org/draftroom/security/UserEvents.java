package org.draftroom.security;

import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.shared.Caller;

import java.util.HashMap;
import java.util.Map;

/** Account changes, recorded in the audit trail. */
@Singleton
class UserEvents {
    private final AuditTrail audit;

    UserEvents(AuditTrail audit) {
        this.audit = audit;
    }

    void created(Caller admin, UserAccount account) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("username", account.username());
        payload.put("role", account.role().name());
        payload.put("memberState", account.memberState());
        audit.record(AuditEvent.by(admin, "user.created", null, payload));
    }
}
