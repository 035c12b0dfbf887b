package org.draftroom.amendment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.amendment.app.AmendmentTags;
import org.draftroom.amendment.app.DecidingOnAmendment;
import org.draftroom.amendment.app.ProposingAmendment;
import org.draftroom.amendment.app.ReadingAmendments;
import org.draftroom.amendment.app.WithdrawingAmendment;
import org.draftroom.amendment.model.ProposedOperation;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Callers;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.draftroom.amendment.web.AmendmentResponses.AmendmentPage;
import static org.draftroom.amendment.web.AmendmentResponses.AmendmentResponse;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Amendments of a draft: propose, list, read one, decide, withdraw. */
@Controller("/api/drafts/{id}/amendments")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AmendmentController {
    private final ProposingAmendment proposing;
    private final ReadingAmendments reading;
    private final DecidingOnAmendment deciding;
    private final WithdrawingAmendment withdrawing;
    private final MemberStates memberStates;

    AmendmentController(ProposingAmendment proposing, ReadingAmendments reading, DecidingOnAmendment deciding,
                        WithdrawingAmendment withdrawing, MemberStates memberStates) {
        this.proposing = proposing;
        this.reading = reading;
        this.deciding = deciding;
        this.withdrawing = withdrawing;
        this.memberStates = memberStates;
    }

    /** One operation: see {@link ProposedOperation}. */
    record OperationRequest(String type, @Nullable String paragraph, @Nullable String quote, @Nullable Integer occurrence,
                            @Nullable String text, @Nullable String before, @Nullable String after,
                            @Nullable String openingPhrase, @Nullable String position, @Nullable String anchor,
                            @Nullable String kind) {
        ProposedOperation toProposed() {
            return new ProposedOperation(type, paragraph, quote, occurrence, text, before, after, openingPhrase, position, anchor, kind);
        }
    }

    /**
     * @param version the version the quotes refer to (default: the current one)
     * @param amends  for a sub-amendment, the number of the amendment it amends
     */
    record ProposeRequest(@Nullable Integer version, @Nullable Integer amends, @Nullable List<OperationRequest> operations,
                          @Nullable String justification, @Nullable List<String> cosponsors, @Nullable String onBehalfOf,
                          @Nullable LocalDate date, @Nullable String meeting) {
    }

    /** {@code date}: the day of the decision (undated without it). */
    record DecisionRequest(@Nullable String decision, @Nullable String reason, @Nullable List<OperationRequest> operations,
                           @Nullable LocalDate date) {
    }

    record WithdrawRequest(@Nullable String reason) {
    }

    /**
     * A delegation proposes an amendment to a version of the draft: operations on numbered paragraphs, justification,
     * co-sponsors. Answers 201 with Location and ETag.
     */
    @ApiResponse(responseCode = "201", description = "The amendment as recorded", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    HttpResponse<AmendmentResponse> propose(@PathVariable long id, @Body ProposeRequest request, Authentication authentication) {
        StoredAmendment created = proposing.propose(Callers.of(authentication), id, new ProposingAmendment.Proposal(request.version(),
                request.amends(), operations(request.operations()), request.justification(), request.cosponsors(),
                request.onBehalfOf(), request.date(), request.meeting()));
        AmendmentResponse body = AmendmentResponses.amendment(created, Map.of(), memberStates);
        return HttpResponse.created(body, URI.create("/api/drafts/" + id + "/amendments/" + body.number()))
                .header("ETag", AmendmentTags.of(created.amendment()));
    }

    /**
     * Filters: {@code paragraph} (OP5), {@code status} (pending), {@code state} (FRA, author or co-sponsor), {@code
     * author} (FRA).
     */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get
    AmendmentPage list(@PathVariable long id, @Nullable @QueryValue String paragraph, @Nullable @QueryValue String status,
                       @Nullable @QueryValue String state, @Nullable @QueryValue String author, @Nullable @QueryValue Integer page,
                       @Nullable @QueryValue Integer size, Authentication authentication) {
        return AmendmentResponses.page(reading.list(id, paragraph, status, state, author, page == null ? 0 : page, size == null ? 50 : size),
                memberStates, Callers.of(authentication));
    }

    /** One amendment, with an ETag. */
    @ProblemResponses.NotFound
    @Get("/{number:[0-9]+}")
    HttpResponse<AmendmentResponse> one(@PathVariable long id, @PathVariable int number, Authentication authentication) {
        ReadingAmendments.One one = reading.one(id, number);
        return HttpResponse.ok(AmendmentResponses.amendment(one, memberStates, Callers.of(authentication)))
                .header("ETag", AmendmentTags.of(one.amendment().amendment()));
    }

    /** The facilitator accepts, rejects or accepts with modification (with a reason). If-Match: the amendment's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{number:[0-9]+}/decision")
    HttpResponse<AmendmentResponse> decide(@PathVariable long id, @PathVariable int number, @Body DecisionRequest request,
                                           @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        StoredAmendment decided = deciding.decide(Callers.of(authentication), id, number, new DecidingOnAmendment.DecisionRequest(
                request.decision(), request.reason(), operations(request.operations()), ifMatch, request.date()));
        return HttpResponse.ok(AmendmentResponses.amendment(decided, Map.of(), memberStates))
                .header("ETag", AmendmentTags.of(decided.amendment()));
    }

    /** The proposing delegation withdraws its amendment. If-Match: the amendment's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{number:[0-9]+}/withdrawal")
    HttpResponse<AmendmentResponse> withdraw(@PathVariable long id, @PathVariable int number, @Nullable @Body WithdrawRequest request,
                                             @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        StoredAmendment withdrawn = withdrawing.withdraw(Callers.of(authentication), id, number,
                request == null ? null : request.reason(), ifMatch);
        return HttpResponse.ok(AmendmentResponses.amendment(withdrawn, Map.of(), memberStates))
                .header("ETag", AmendmentTags.of(withdrawn.amendment()));
    }

    static List<ProposedOperation> operations(List<OperationRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(OperationRequest::toProposed).toList();
    }
}
