package org.draftroom.agreedlanguage.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.draftroom.agreedlanguage.app.BreakingSilence;
import org.draftroom.agreedlanguage.app.ReadingSilence;
import org.draftroom.agreedlanguage.app.SilenceSection.SilenceView;
import org.draftroom.agreedlanguage.app.StartingSilence;
import org.draftroom.platform.web.api.ProblemResponses;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;

import java.time.OffsetDateTime;

/**
 * The silence procedure: the assigned facilitator puts the current version under silence (If-Match:
 * the draft's tag), a delegation breaks it for its own State (If-Match: the silence's tag), anyone
 * signed in reads it; the process's timer closes it at the deadline.
 */
@Controller("/api/drafts/{id}/silence")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SilenceController {
    private final ReadingSilence reading;
    private final StartingSilence starting;
    private final BreakingSilence breaking;

    SilenceController(ReadingSilence reading, StartingSilence starting, BreakingSilence breaking) {
        this.reading = reading;
        this.starting = starting;
        this.breaking = breaking;
    }

    /** {@code until}: an ISO date-time with offset, such as 2025-11-14T18:00:00-05:00. */
    record StartRequest(@Nullable OffsetDateTime until) {
    }

    /** {@code memberState}: optional, and then the delegate's own; {@code text}: the delegation's reasons or proposal. */
    record BreakRequest(@Nullable String memberState, @Nullable String text) {
    }

    /** The draft's latest silence (404 when it never went under silence). */
    @ProblemResponses.NotFound
    @Get
    HttpResponse<SilenceView> read(@PathVariable long id) {
        SilenceView view = reading.latest(id).orElseThrow(() -> Refusal.notFound("Silence procedure on draft", id));
        return HttpResponse.ok(view).header("ETag", view.etag());
    }

    /**
     * The facilitator assigned to the draft puts its current version under silence until a date and time (at most 14
     * days ahead, on a text without brackets). If-Match: the draft's ETag. Answers 201 with the silence and its ETag.
     */
    @ApiResponse(responseCode = "201", description = "The silence as started", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    HttpResponse<SilenceView> start(@PathVariable long id, @Nullable @Body StartRequest body,
                                    @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        starting.start(Callers.of(authentication), id, body == null ? null : body.until(), ifMatch);
        SilenceView view = reading.latest(id).orElseThrow();
        return HttpResponse.<SilenceView>status(HttpStatus.CREATED).body(view).header("ETag", view.etag());
    }

    /**
     * A delegation breaks silence for its own State, with its text, before the deadline. If-Match: the silence's ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/break")
    HttpResponse<SilenceView> breakSilence(@PathVariable long id, @Nullable @Body BreakRequest body,
                                           @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        if (body != null && body.memberState() != null && body.memberState().length() > 3) {
            throw Refusal.badRequest("unknown-member-state", "memberState is a Member State's three-letter code, such as CHL");
        }
        breaking.breakSilence(Callers.of(authentication), id, body == null ? null : body.memberState(),
                body == null ? null : body.text(), ifMatch);
        SilenceView view = reading.latest(id).orElseThrow();
        return HttpResponse.ok(view).header("ETag", view.etag());
    }
}
