package org.draftroom.security;

import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.platform.web.api.ProblemResponses;

import java.util.List;

/** Who the token belongs to: lets the web client show the right actions. */
@Controller("/api/me")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
class CurrentUserController {

    /** {@code allowedActions}: what the user may open beyond drafts ({@code read-audit}: the audit trail, secretariat only). */
    record Me(String username, Role role, String memberState, List<String> allowedActions) {
    }

    /** Who the token belongs to: username, role and Member State. */
    @Get
    Me me(Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return new Me(caller.username(), caller.role(), caller.memberState(),
                caller.is(Role.SECRETARIAT) ? List.of("read-audit") : List.of());
    }
}
