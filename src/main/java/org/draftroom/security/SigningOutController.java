package org.draftroom.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.shared.Caller;

import java.util.Map;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code POST /logout}: every token of the account stops working, on every server, within a second. */
@Controller
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SigningOutController {
    private final TokenGenerations generations;
    private final AuditTrail audit;

    SigningOutController(TokenGenerations generations, AuditTrail audit) {
        this.generations = generations;
        this.audit = audit;
    }

    /** Signs out: every token of the account stops working, on every server, within a second. */
    @ApiResponse(responseCode = "204", description = "Signed out: every token of the account stops working")
    @Post("/logout")
    @Transactional
    HttpResponse<Void> logout(Authentication authentication) {
        Caller caller = Callers.of(authentication);
        generations.raise(caller.username());
        audit.record(AuditEvent.by(caller, "logout", null, Map.of()));
        return HttpResponse.noContent();
    }
}
