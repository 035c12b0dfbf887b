package org.draftroom.amendment.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.amendment.app.JoiningAmendment;
import org.draftroom.security.Callers;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;

/** A delegation joins (or leaves) an amendment as co-sponsor, for its own State. */
@Controller("/api/drafts/{id}/amendments/{number}/cosponsors")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AmendmentCoSponsorController {
    private final JoiningAmendment joining;

    AmendmentCoSponsorController(JoiningAmendment joining) {
        this.joining = joining;
    }

    record CoSponsors(int amendment, List<String> cosponsors) {
    }

    /** A delegation co-sponsors a pending amendment, for its own State. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Post
    CoSponsors join(@PathVariable long id, @PathVariable int number, Authentication authentication) {
        return new CoSponsors(number, joining.join(Callers.of(authentication), id, number));
    }

    /** A delegation stops co-sponsoring an amendment, for its own State. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Delete("/{memberState}")
    CoSponsors leave(@PathVariable long id, @PathVariable int number, @PathVariable String memberState,
                     Authentication authentication) {
        return new CoSponsors(number, joining.leave(Callers.of(authentication), id, number, memberState));
    }
}
