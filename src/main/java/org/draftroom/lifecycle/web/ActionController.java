package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.model.Draft;
import org.draftroom.lifecycle.app.LifecycleReading;
import org.draftroom.lifecycle.app.MovingMotion;
import org.draftroom.lifecycle.app.RecordingAction;
import org.draftroom.lifecycle.app.RecordingExplanationOfVote;
import org.draftroom.lifecycle.app.RecordingIssue;
import org.draftroom.lifecycle.app.RecordingOralRevision;
import org.draftroom.lifecycle.app.RecordingPbi;
import org.draftroom.lifecycle.app.RecordingPlenaryDecision;
import org.draftroom.lifecycle.app.RecordingReport;
import org.draftroom.security.Callers;
import org.draftroom.shared.Caller;
import org.draftroom.platform.web.api.ProblemResponses;

/** What the secretariat records: PBI statements, oral revisions, the Committee's action, explanations, report, plenary. */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActionController {
    private final RecordingPbi pbi;
    private final RecordingOralRevision oralRevisions;
    private final RecordingAction actions;
    private final RecordingExplanationOfVote explanations;
    private final RecordingReport reports;
    private final RecordingPlenaryDecision plenary;
    private final LifecycleReading reading;
    private final RecordingIssue issuing;
    private final MovingMotion motions;

    ActionController(RecordingPbi pbi, RecordingOralRevision oralRevisions, RecordingAction actions,
                     RecordingExplanationOfVote explanations, RecordingReport reports, RecordingPlenaryDecision plenary,
                     LifecycleReading reading, RecordingIssue issuing, MovingMotion motions) {
        this.motions = motions;
        this.issuing = issuing;
        this.pbi = pbi;
        this.oralRevisions = oralRevisions;
        this.actions = actions;
        this.explanations = explanations;
        this.reports = reports;
        this.plenary = plenary;
        this.reading = reading;
    }

    /**
     * The secretariat records a statement of programme budget implications (rule 153) for the paragraphs it names.
     * If-Match: the draft's ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/pbi")
    HttpResponse<StepResponse> pbi(@RequestBean StepRequest step, @Body LifecycleRequests.Pbi body) {
        Caller caller = step.caller();
        return answer(pbi.record(caller, step.id(), step.ifMatch(), body.paragraphs(), body.statement(), body.symbol(),
                body.date()), caller);
    }

    /**
     * The secretariat records an oral revision read out by a State: the text becomes "as orally revised". If-Match:
     * the draft's ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/oral-revisions")
    HttpResponse<StepResponse> oralRevision(@RequestBean StepRequest step, @Body LifecycleRequests.OralRevision body) {
        Caller caller = step.caller();
        return answer(oralRevisions.record(caller, step.id(), step.ifMatch(),
                new RecordingOralRevision.OralRevisionRead(body.memberState(), body.changes(), body.date(), body.meeting())), caller);
    }

    /**
     * The Committee's decision: WITHOUT_VOTE, RECORDED_VOTE with ballots by State (adopted when Yes > No),
     * NO_ACTION_MOTION or REJECTED. If-Match: the draft's ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/action")
    HttpResponse<StepResponse> action(@RequestBean StepRequest step, @Body LifecycleRequests.Action body) {
        Caller caller = step.caller();
        return answer(actions.record(caller, step.id(), step.ifMatch(),
                new RecordingAction.ActionTaken(body.decision(), body.ballots(), body.meeting(), body.date())), caller);
    }

    /** The secretariat records an explanation of vote (before or after) by a State. If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/explanations-of-vote")
    HttpResponse<StepResponse> explanation(@RequestBean StepRequest step, @Body LifecycleRequests.ExplanationOfVote body) {
        Caller caller = step.caller();
        return answer(explanations.record(caller, step.id(), step.ifMatch(), body.memberState(), body.timing(), body.text(),
                body.date(), body.meeting()), caller);
    }

    /** The Committee's report to the plenary (A/80/463, paragraph, recommendation). If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/report")
    HttpResponse<StepResponse> report(@RequestBean StepRequest step, @Body LifecycleRequests.Report body) {
        Caller caller = step.caller();
        return answer(reports.record(caller, step.id(), step.ifMatch(), body.symbol(), body.paragraph(), body.recommendation(),
                body.date()), caller);
    }

    /**
     * The plenary decision, under the number given (80/186) or the next free one: A/RES/80/186. If-Match: the draft's
     * ETag.
     */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/plenary")
    HttpResponse<StepResponse> plenary(@RequestBean StepRequest step, @Body LifecycleRequests.Plenary body) {
        Caller caller = step.caller();
        return answer(plenary.record(caller, step.id(), step.ifMatch(),
                new RecordingPlenaryDecision.PlenaryDecision(body.decision(), body.ballots(), body.meeting(), body.date(),
                        body.number(), body.decisionText())), caller);
    }

    /** {@code kind} NO_ACTION; {@code memberState} (required): who moved it; {@code date}, {@code meeting}. */
    record MotionRequest(@Nullable String kind, @Nullable String memberState, @Nullable java.time.LocalDate date,
                         @Nullable String meeting) {
    }

    /** The secretariat records a motion on the draft (NO_ACTION), moved by a State, with its date and meeting. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/motions")
    HttpResponse<StepResponse> motion(@PathVariable long id, @Body MotionRequest body, Authentication auth) {
        Caller caller = Callers.of(auth);
        motions.move(caller, id, body.kind(), body.memberState(), body.date(), body.meeting());
        return answer(reading.draft(id), caller);
    }

    /** The number the plenary would give this draft next (resolution or decision), without taking it. */
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @io.micronaut.http.annotation.Get("/plenary/proposed-number")
    RecordingPlenaryDecision.ProposedNumber proposedNumber(@PathVariable long id) {
        return plenary.proposed(id);
    }

    /** The secretariat records the day the adopted text was issued (Distr.: General). If-Match: the draft's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/issue")
    HttpResponse<StepResponse> issue(@RequestBean StepRequest step, @Nullable @Body LifecycleRequests.Issue body) {
        Caller caller = step.caller();
        return answer(issuing.record(caller, step.id(), step.ifMatch(), body == null ? null : body.date()), caller);
    }

    private HttpResponse<StepResponse> answer(Draft draft, Caller caller) {
        return StepResponse.of(draft, reading.allowedActions(draft.id(), caller));
    }
}
