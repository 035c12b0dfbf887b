package org.draftroom.platform.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.shared.ProblemCatalogue;
import org.draftroom.shared.Refusal;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;

/**
 * The catalogue of problem types, public: what each {@code type} of a problem document means,
 * with its title and statuses. {@code GET /api/problems/stale-draft} describes one.
 */
@Controller("/api/problems")
@ProblemResponses.Anonymous
@Secured(SecurityRule.IS_ANONYMOUS)
class ProblemCatalogueController {

    /** One problem type as served: its URI as it appears in problem documents, its slug, title and statuses. */
    record ProblemTypeResponse(String type, String slug, String title, List<Integer> statuses) {
        static ProblemTypeResponse of(ProblemCatalogue.ProblemType t) {
            return new ProblemTypeResponse(Problems.TYPE_BASE + t.slug(), t.slug(), t.title(), t.statuses());
        }
    }

    /** Every problem type a problem document may name, with its title and statuses. */
    @Get
    List<ProblemTypeResponse> list() {
        return ProblemCatalogue.all().stream().map(ProblemTypeResponse::of).toList();
    }

    /** One problem type, by its slug (stale-draft). */
    @ProblemResponses.NotFound
    @Get("/{slug}")
    ProblemTypeResponse one(String slug) {
        return ProblemCatalogue.find(slug).map(ProblemTypeResponse::of)
                .orElseThrow(() -> Refusal.notFound("Problem type", slug));
    }
}
