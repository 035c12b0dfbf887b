package org.draftroom.amendment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.amendment.app.AmendmentTags;
import org.draftroom.amendment.app.IssuingAmendmentSymbol;
import org.draftroom.amendment.action.app.OrderingTheVote;
import org.draftroom.amendment.app.PreviewingAmendments;
import org.draftroom.amendment.action.app.VoteRequest;
import org.draftroom.amendment.action.app.VotingOnAmendment;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.TrackedChangesHtml;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** Preview of amendments, symbols of written amendments, the order of voting and votes on amendments. */
@Controller("/api/drafts/{id}/amendments")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AmendmentActionsController {
    private final PreviewingAmendments previewing;
    private final IssuingAmendmentSymbol symbols;
    private final OrderingTheVote ordering;
    private final VotingOnAmendment voting;
    private final MemberStates memberStates;

    AmendmentActionsController(PreviewingAmendments previewing, IssuingAmendmentSymbol symbols, OrderingTheVote ordering,
                               VotingOnAmendment voting, MemberStates memberStates) {
        this.previewing = previewing;
        this.symbols = symbols;
        this.ordering = ordering;
        this.voting = voting;
        this.memberStates = memberStates;
    }

    record PreviewResponse(long draftId, int version, List<Integer> amendments, Comparison comparison) {
    }

    record SymbolRequest(@Nullable String symbol) {
    }

    record OrderRequest(@Nullable List<String> order) {
    }

    record VoteBody(@Nullable String method, @Nullable Boolean adopted, @Nullable Map<String, String> ballots,
                    @Nullable java.time.LocalDate date, @Nullable String meeting, @Nullable String committeeDecision) {
        VoteRequest toRequest() {
            return new VoteRequest(method, adopted, ballots, date, meeting, committeeDecision);
        }
    }

    /** {@code ?amendments=3,5&format=json|html}: the current text with those amendments, as tracked changes. */
    @ApiResponse(responseCode = "200", description = "The preview as JSON, or as tracked changes in HTML",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewResponse.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Get("/preview")
    HttpResponse<?> preview(@PathVariable long id, @Nullable @QueryValue String amendments, @Nullable @QueryValue String format) {
        PreviewingAmendments.Preview preview = previewing.preview(id, numbers(amendments));
        if ("html".equalsIgnoreCase(format)) {
            return HttpResponse.ok(TrackedChangesHtml.render(preview.comparison())).contentType(MediaType.TEXT_HTML_TYPE);
        }
        if (format != null && !"json".equalsIgnoreCase(format)) {
            throw Refusal.badRequest("unknown-format", "format must be json or html");
        }
        return HttpResponse.ok(new PreviewResponse(id, preview.version(), preview.amendments(), preview.comparison()));
    }

    /** The secretariat issues the symbol of a written amendment (A/C.3/80/L.61). If-Match: the amendment's ETag. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{number:[0-9]+}/symbol")
    HttpResponse<AmendmentResponses.AmendmentResponse> symbol(@PathVariable long id, @PathVariable int number,
                                                              @Body SymbolRequest request, @Nullable @Header("If-Match") String ifMatch,
                                                              Authentication authentication) {
        StoredAmendment issued = symbols.issue(Callers.of(authentication), id, number, request.symbol(), ifMatch);
        return HttpResponse.ok(AmendmentResponses.amendment(issued, Map.of(), memberStates))
                .header("ETag", AmendmentTags.of(issued.amendment()));
    }

    /** The proposed order of voting on the amendments (rules 129-131). */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get("/voting-order")
    OrderingTheVote.Order votingOrder(@PathVariable long id) {
        return ordering.order(id);
    }

    /** The secretariat sets the order of voting on the amendments. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Put("/voting-order")
    OrderingTheVote.Order reorder(@PathVariable long id, @Body OrderRequest request, Authentication authentication) {
        return ordering.reorder(Callers.of(authentication), id, request.order());
    }

    /** The secretariat records the vote on an amendment (without a vote or recorded, with ballots by State). */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post("/{number:[0-9]+}/vote")
    HttpResponse<AmendmentResponses.AmendmentResponse> vote(@PathVariable long id, @PathVariable int number, @Body VoteBody body,
                                                            Authentication authentication) {
        StoredAmendment voted = voting.vote(Callers.of(authentication), id, number, body.toRequest());
        return HttpResponse.ok(AmendmentResponses.amendment(voted, Map.of(), memberStates))
                .header("ETag", AmendmentTags.of(voted.amendment()));
    }

    static List<Integer> numbers(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw Refusal.badRequest("bad-list", "amendments is a comma-separated list of numbers, such as 3,5");
        }
    }
}
