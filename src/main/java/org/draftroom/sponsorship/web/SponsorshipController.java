package org.draftroom.sponsorship.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.lifecycle.app.LifecycleReading;
import org.draftroom.lifecycle.web.StepRequest;
import org.draftroom.lifecycle.web.StepResponse;
import org.draftroom.security.Callers;
import org.draftroom.shared.Caller;
import org.draftroom.sponsorship.JoiningAsCoSponsor;
import org.draftroom.sponsorship.LeavingCoSponsorship;
import org.draftroom.sponsorship.SettingCoSponsorshipDeadline;

import java.time.OffsetDateTime;
import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Co-sponsorship: a delegate joins or leaves for its own State (no If-Match needed); the secretariat sets a deadline. */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SponsorshipController {
    private final JoiningAsCoSponsor joining;
    private final LeavingCoSponsorship leaving;
    private final SettingCoSponsorshipDeadline deadlines;
    private final LifecycleReading reading;

    SponsorshipController(JoiningAsCoSponsor joining, LeavingCoSponsorship leaving, SettingCoSponsorshipDeadline deadlines,
                          LifecycleReading reading) {
        this.joining = joining;
        this.leaving = leaving;
        this.deadlines = deadlines;
        this.reading = reading;
    }

    /** {@code added} is false when the State was a co-sponsor already. */
    record Joined(long draftId, String memberState, boolean added, List<String> allowedActions) {
    }

    /**
     * {@code deadline} (required): an ISO date-time with offset, such as 2025-11-14T18:00:00-05:00;
     * {@code date}: the day the secretariat set it (the step is undated without it).
     */
    record Deadline(OffsetDateTime deadline, @Nullable java.time.LocalDate date) {
    }

    /** A State that left, on {@code date}. */
    record Left(long draftId, String memberState, String date, List<String> allowedActions) {
    }

    /** {@code date}: the day the State joined (default today). */
    record Join(@Nullable java.time.LocalDate date) {
    }

    /** A delegate joins the co-sponsors for its own State (no If-Match needed); added is false when it was one already. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/cosponsors")
    Joined join(@PathVariable long id, @Nullable @Body Join body, Authentication auth) {
        Caller caller = Callers.of(auth);
        boolean added = joining.join(caller, id, body == null ? null : body.date());
        return new Joined(id, caller.memberState(), added, reading.allowedActions(id, caller));
    }

    /**
     * {@code ?date=2025-11-03}: the day the State withdrew, answered with 200 and the record; without
     * a date the withdrawal is undated and answered with 204.
     */
    @ApiResponse(responseCode = "200", description = "The State left on the date given", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "204", description = "The State left (undated)")
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Delete("/cosponsors/{code}")
    HttpResponse<Left> leave(@PathVariable long id, @PathVariable String code, @Nullable @QueryValue String date,
                             Authentication auth) {
        Caller caller = Callers.of(auth);
        var left = leaving.leave(caller, id, code, parseDate(date));
        if (left.isEmpty()) {
            return HttpResponse.noContent();
        }
        return HttpResponse.ok(new Left(id, code.trim().toUpperCase(java.util.Locale.ROOT), left.get().toString(),
                reading.allowedActions(id, caller)));
    }

    private static java.time.LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw org.draftroom.shared.Refusal.unprocessable("not-a-date", "date is a day such as 2025-11-03, not '"
                    + (date.length() > 40 ? date.substring(0, 40) + "…" : date) + "'").with("field", "date");
        }
    }

    /** The secretariat sets the co-sponsorship deadline; a timer closes the list then. If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/cosponsorship-deadline")
    HttpResponse<StepResponse> deadline(@RequestBean StepRequest step, @Body Deadline body) {
        Caller caller = step.caller();
        var set = deadlines.set(caller, step.id(), step.ifMatch(), body.deadline(), body.date());
        return StepResponse.of(set.draft(), reading.allowedActions(step.id(), caller), set.dated().orElse(null));
    }
}
