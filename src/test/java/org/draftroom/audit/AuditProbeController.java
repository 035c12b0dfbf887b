package org.draftroom.audit;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;

import java.util.Map;

/** Test-only endpoint: a state change over HTTP that succeeds or is refused after recording. */
@Controller("/test/audit-probe")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditProbeController {
    private final AuditProbe probe;

    AuditProbeController(AuditProbe probe) {
        this.probe = probe;
    }

    record ProbeRequest(String type, Long draftId, Map<String, Object> payload, Boolean fail) {
    }

    record ProbeResponse(String type) {
    }

    @Post
    ProbeResponse change(@Body ProbeRequest request, Authentication authentication) {
        AuditEvent event = AuditEvent.by(Callers.of(authentication), request.type(), request.draftId(), request.payload());
        if (Boolean.TRUE.equals(request.fail())) {
            probe.changeThenFail(event, Refusal.conflict("probe-refused", "The probe was told to fail"));
        } else {
            probe.change(event);
        }
        return new ProbeResponse(request.type());
    }
}
