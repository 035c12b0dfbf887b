package org.draftroom.agreedlanguage.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import org.draftroom.agreedlanguage.app.CheckingBudgetImplications;
import org.draftroom.agreedlanguage.app.ConfirmingBudgetImplications;
import org.draftroom.agreedlanguage.model.BudgetImplicationsPolicy;
import org.draftroom.security.Callers;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;

/** Statements of programme budget implications checked against the current words of the paragraphs they name. */
@Controller("/api/drafts/{id}/budget-implications")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BudgetImplicationsController {
    private final CheckingBudgetImplications checking;
    private final ConfirmingBudgetImplications confirming;

    BudgetImplicationsController(CheckingBudgetImplications checking, ConfirmingBudgetImplications confirming) {
        this.checking = checking;
        this.confirming = confirming;
    }

    record ConfirmRequest(String note) {
    }

    /**
     * @param mayBeOutdated the words of a paragraph it names changed since it was made or last confirmed
     * @param checkedOn     the version whose words it answers for
     */
    record StatementResponse(long id, String symbol, List<String> paragraphs, String statement, int recordedOn, int checkedOn,
                             int currentVersion, boolean mayBeOutdated, List<BudgetImplicationsPolicy.Change> changed,
                             String confirmedBy, String note, String etag) {
    }

    record StatementsResponse(long draftId, boolean mayBeOutdated, List<StatementResponse> statements) {
    }

    /**
     * The statements of programme budget implications of the draft, each checked against the current words of the
     * paragraphs it names.
     */
    @ProblemResponses.NotFound
    @Get
    StatementsResponse list(@PathVariable long id) {
        List<StatementResponse> all = checking.check(id).stream().map(BudgetImplicationsController::response).toList();
        return new StatementsResponse(id, all.stream().anyMatch(StatementResponse::mayBeOutdated), all);
    }

    /** The secretariat confirms the statement holds for the current words (If-Match with its tag required). */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{statement}/confirm")
    HttpResponse<StatementResponse> confirm(@PathVariable long id, @PathVariable long statement, @Nullable @Body ConfirmRequest body,
                                            @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        StatementResponse r = response(confirming.confirm(Callers.of(authentication), id, statement, body == null ? null : body.note(),
                ifMatch));
        return HttpResponse.ok(r).header("ETag", r.etag());
    }

    private static StatementResponse response(CheckingBudgetImplications.Checked c) {
        var s = c.statement();
        return new StatementResponse(s.id(), s.symbol(), s.paragraphs(), s.text(), s.recordedOn(), c.checkedOn(), c.current(),
                c.mayBeOutdated(), c.changes(), s.confirmedBy(), s.note(), ConfirmingBudgetImplications.tag(s.id(), s.rowVersion()));
    }
}
