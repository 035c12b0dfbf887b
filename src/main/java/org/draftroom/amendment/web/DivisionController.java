package org.draftroom.amendment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.amendment.action.app.TakingDivision;
import org.draftroom.amendment.action.app.VoteRequest;
import org.draftroom.amendment.action.model.Division;
import org.draftroom.security.Callers;

import java.net.URI;
import java.util.Map;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Requests for division (a separate vote on one paragraph) and their votes. */
@Controller("/api/drafts/{id}/divisions")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DivisionController {
    private final TakingDivision divisions;

    DivisionController(TakingDivision divisions) {
        this.divisions = divisions;
    }

    /** {@code paragraph} (required): "OP5"; {@code date} and {@code meeting}: when the division was requested. */
    record DivisionRequest(@Nullable String paragraph, @Nullable java.time.LocalDate date, @Nullable String meeting) {
    }

    /** {@code requestedOn} and {@code requestedMeeting}: the day and meeting of the request, when recorded. */
    record DivisionResponse(int number, String ref, String paragraph, String paragraphId, String requestedBy, String memberState,
                            String status, String requestedOn, String requestedMeeting) {
        static DivisionResponse of(Division d) {
            return new DivisionResponse(d.number(), "D" + d.number(), d.label(), d.paragraph().value(), d.requestedBy(), d.memberState(),
                    d.status(), d.requestedOn() == null ? null : d.requestedOn().toString(), d.requestedMeeting());
        }
    }

    record VoteBody(@Nullable String method, @Nullable Boolean adopted, @Nullable Map<String, String> ballots,
                    @Nullable java.time.LocalDate date, @Nullable String meeting, @Nullable String committeeDecision) {
    }

    /** A request for division: a separate vote on one paragraph. Answers 201 with Location. */
    @ApiResponse(responseCode = "201", description = "The division as recorded", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    HttpResponse<DivisionResponse> request(@PathVariable long id, @Body DivisionRequest request, Authentication authentication) {
        Division d = divisions.request(Callers.of(authentication), id, request.paragraph(), request.date(),
                request.meeting());
        return HttpResponse.created(DivisionResponse.of(d), URI.create("/api/drafts/" + id + "/divisions/" + d.number()));
    }

    /** The vote on a division: the paragraph is retained or not. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{number:[0-9]+}/vote")
    DivisionResponse vote(@PathVariable long id, @PathVariable int number, @Body VoteBody body, Authentication authentication) {
        return DivisionResponse.of(divisions.vote(Callers.of(authentication), id, number,
                new VoteRequest(body.method(), body.adopted(), body.ballots(), body.date(), body.meeting(), body.committeeDecision())));
    }
}
