package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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

/** What the secretariat records: PBI statements, oral revisions, the Committee's action, explanations, report, plenary. */
@Controller("/api/drafts/{id}")
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

    @Post("/pbi")
    HttpResponse<StepResponse> pbi(@PathVariable long id, @Body LifecycleRequests.Pbi body,
                                   @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(pbi.record(caller, id, ifMatch, body.paragraphs(), body.statement(), body.symbol(), body.date()), caller);
    }

    @Post("/oral-revisions")
    HttpResponse<StepResponse> oralRevision(@PathVariable long id, @Body LifecycleRequests.OralRevision body,
                                            @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(oralRevisions.record(caller, id, ifMatch,
                new RecordingOralRevision.OralRevisionRead(body.memberState(), body.changes(), body.date(), body.meeting())), caller);
    }

    @Post("/action")
    HttpResponse<StepResponse> action(@PathVariable long id, @Body LifecycleRequests.Action body,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(actions.record(caller, id, ifMatch,
                new RecordingAction.ActionTaken(body.decision(), body.ballots(), body.meeting(), body.date())), caller);
    }

    @Post("/explanations-of-vote")
    HttpResponse<StepResponse> explanation(@PathVariable long id, @Body LifecycleRequests.ExplanationOfVote body,
                                           @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(explanations.record(caller, id, ifMatch, body.memberState(), body.timing(), body.text(), body.date(),
                body.meeting()), caller);
    }

    @Post("/report")
    HttpResponse<StepResponse> report(@PathVariable long id, @Body LifecycleRequests.Report body,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(reports.record(caller, id, ifMatch, body.symbol(), body.paragraph(), body.recommendation(), body.date()), caller);
    }

    @Post("/plenary")
    HttpResponse<StepResponse> plenary(@PathVariable long id, @Body LifecycleRequests.Plenary body,
                                       @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(plenary.record(caller, id, ifMatch,
                new RecordingPlenaryDecision.PlenaryDecision(body.decision(), body.ballots(), body.meeting(), body.date(),
                        body.number(), body.decisionText())), caller);
    }

    /** {@code kind} NO_ACTION; {@code memberState} (required): who moved it; {@code date}, {@code meeting}. */
    record MotionRequest(@Nullable String kind, @Nullable String memberState, @Nullable java.time.LocalDate date,
                         @Nullable String meeting) {
    }

    @Post("/motions")
    HttpResponse<StepResponse> motion(@PathVariable long id, @Body MotionRequest body, Authentication auth) {
        Caller caller = Callers.of(auth);
        motions.move(caller, id, body.kind(), body.memberState(), body.date(), body.meeting());
        return answer(reading.draft(id), caller);
    }

    /** The number the plenary would give this draft next (resolution or decision), without taking it. */
    @io.micronaut.http.annotation.Get("/plenary/proposed-number")
    RecordingPlenaryDecision.ProposedNumber proposedNumber(@PathVariable long id) {
        return plenary.proposed(id);
    }

    @Post("/issue")
    HttpResponse<StepResponse> issue(@PathVariable long id, @Nullable @Body LifecycleRequests.Issue body,
                                     @Nullable @Header("If-Match") String ifMatch, Authentication auth) {
        Caller caller = Callers.of(auth);
        return answer(issuing.record(caller, id, ifMatch, body == null ? null : body.date()), caller);
    }

    private HttpResponse<StepResponse> answer(Draft draft, Caller caller) {
        return StepResponse.of(draft, reading.allowedActions(draft.id(), caller));
    }
}
