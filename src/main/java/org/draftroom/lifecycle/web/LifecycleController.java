package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.app.AssigningFacilitator;
import org.draftroom.lifecycle.app.LifecycleReading;
import org.draftroom.lifecycle.app.RevisingDraft;
import org.draftroom.lifecycle.app.SchedulingAction;
import org.draftroom.lifecycle.app.TablingDraft;
import org.draftroom.lifecycle.app.WithdrawingDraft;
import org.draftroom.shared.Caller;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;

/**
 * The draft's procedure before action: facilitator, tabling, revision, withdrawal, opening or
 * deferring action. Every step may carry If-Match (the draft's ETag): a stale one gets 412.
 */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LifecycleController {
    private final AssigningFacilitator facilitators;
    private final TablingDraft tabling;
    private final RevisingDraft revising;
    private final WithdrawingDraft withdrawing;
    private final SchedulingAction scheduling;
    private final LifecycleReading reading;

    LifecycleController(AssigningFacilitator facilitators, TablingDraft tabling, RevisingDraft revising,
                        WithdrawingDraft withdrawing, SchedulingAction scheduling, LifecycleReading reading) {
        this.facilitators = facilitators;
        this.tabling = tabling;
        this.revising = revising;
        this.withdrawing = withdrawing;
        this.scheduling = scheduling;
        this.reading = reading;
    }

    /**
     * A main sponsor or the secretariat assigns the facilitator ({"username"}, optional date). If-Match: the draft's
     * ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/facilitator")
    HttpResponse<StepResponse> assignFacilitator(@RequestBean StepRequest step, @Body LifecycleRequests.AssignFacilitator body) {
        Caller caller = step.caller();
        AssigningFacilitator.Assigned assigned = facilitators.assign(caller, step.id(), step.ifMatch(), body.username(), body.date());
        return StepResponse.of(assigned.draft(), reading.allowedActions(step.id(), caller), assigned.dated().orElse(null));
    }

    /**
     * Main sponsors table the draft: it takes the next free symbol of its Committee (A/C.3/80/L.n) or the one given.
     * If-Match: the draft's ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/table")
    HttpResponse<StepResponse> table(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Table body) {
        Caller caller = step.caller();
        LifecycleRequests.Table b = body == null ? new LifecycleRequests.Table(null, null, null) : body;
        return answer(tabling.table(caller, step.id(), step.ifMatch(), b.date(), b.symbol(), b.jobNumber()), caller);
    }

    /**
     * Main sponsors publish the current text as a revision (…/Rev.n), with footnote changes. If-Match: the draft's
     * ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/revise")
    HttpResponse<StepResponse> revise(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Revise body) {
        Caller caller = step.caller();
        return answer(revising.revise(caller, step.id(), step.ifMatch(), body == null ? null : body.date(), footnotes(body),
                body == null ? null : body.jobNumber()), caller);
    }

    /** Main sponsors withdraw the draft (rule 122). If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/withdraw")
    HttpResponse<StepResponse> withdraw(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Withdraw body) {
        Caller caller = step.caller();
        return answer(withdrawing.withdraw(caller, step.id(), step.ifMatch(), body == null ? null : body.date()), caller);
    }

    /** The secretariat opens action on the draft (date and meeting). If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/open-action")
    HttpResponse<StepResponse> openAction(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Dated body) {
        Caller caller = step.caller();
        return answer(scheduling.open(caller, step.id(), step.ifMatch(), body == null ? null : body.date(),
                body == null ? null : body.meeting()), caller);
    }

    /** The secretariat defers action (until, reason, date, meeting). If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/defer")
    HttpResponse<StepResponse> defer(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Defer body) {
        Caller caller = step.caller();
        LifecycleRequests.Defer b = body == null ? new LifecycleRequests.Defer(null, null, null, null) : body;
        return answer(scheduling.defer(caller, step.id(), step.ifMatch(), b.until(), b.reason(), b.date(), b.meeting()), caller);
    }

    /** The version as UN documents print it (current version unless {@code version} is given). */
    @ProblemResponses.NotFound
    @Get("/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    String text(@PathVariable long id, @Nullable @QueryValue Integer version) {
        return reading.plainText(id, version);
    }

    private HttpResponse<StepResponse> answer(Draft draft, Caller caller) {
        return StepResponse.of(draft, reading.allowedActions(draft.id(), caller));
    }

    private static List<RevisingDraft.FootnoteChange> footnotes(LifecycleRequests.Revise body) {
        if (body == null || body.footnotes() == null) {
            return List.of();
        }
        return body.footnotes().stream().map(f -> f == null ? null : new RevisingDraft.FootnoteChange(f.paragraph(),
                new org.draftroom.lifecycle.OralRevision.FootnoteChange(f.number(), f.after(), f.occurrence(), f.text(), f.remove())))
                .toList();
    }
}
