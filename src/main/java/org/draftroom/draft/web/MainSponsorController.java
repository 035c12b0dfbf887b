package org.draftroom.draft.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.app.ConfirmingMainSponsorship;
import org.draftroom.security.Callers;
import org.draftroom.platform.web.api.ProblemResponses;

/**
 * The main sponsors of a draft and the States proposed as such by the delegation that imported it:
 * {@code POST} confirms for the caller's State, {@code DELETE /proposed/{state}} declines.
 */
@Controller("/api/drafts/{id}/main-sponsors")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MainSponsorController {
    private final ConfirmingMainSponsorship confirming;

    MainSponsorController(ConfirmingMainSponsorship confirming) {
        this.confirming = confirming;
    }

    /** The main sponsors of a draft and the States its importing delegation proposed as such. */
    @ProblemResponses.NotFound
    @Get
    ConfirmingMainSponsorship.Sponsors read(@PathVariable long id) {
        return confirming.read(id);
    }

    /** A State proposed as main sponsor confirms, for the caller's own State. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Post
    ConfirmingMainSponsorship.Sponsors confirm(@PathVariable long id, Authentication authentication) {
        return confirming.confirm(Callers.of(authentication), id);
    }

    /** A State proposed as main sponsor declines (the caller's own State only). */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Delete("/proposed/{memberState}")
    ConfirmingMainSponsorship.Sponsors decline(@PathVariable long id, @PathVariable String memberState,
                                               Authentication authentication) {
        return confirming.decline(Callers.of(authentication), id, memberState);
    }
}
