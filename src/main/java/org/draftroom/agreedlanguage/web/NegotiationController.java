package org.draftroom.agreedlanguage.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.agreedlanguage.app.IndexingAdoptedTexts;
import org.draftroom.agreedlanguage.app.MarkingParagraphStatus;
import org.draftroom.agreedlanguage.app.ReadingCompilation;
import org.draftroom.agreedlanguage.model.NegotiationStatus;
import org.draftroom.agreedlanguage.model.NegotiationStatusPolicy;
import org.draftroom.agreedlanguage.web.NegotiationResponses.CompilationResponse;
import org.draftroom.agreedlanguage.web.NegotiationResponses.CompiledParagraph;
import org.draftroom.agreedlanguage.web.NegotiationResponses.StatusRequest;
import org.draftroom.agreedlanguage.web.NegotiationResponses.StatusResponse;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.platform.web.api.ProblemResponses;

/** The facilitator's compilation and the negotiation status of each paragraph. */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NegotiationController {
    private final IndexingAdoptedTexts indexing;
    private final ReadingCompilation compilation;
    private final MarkingParagraphStatus marking;

    NegotiationController(IndexingAdoptedTexts indexing, ReadingCompilation compilation, MarkingParagraphStatus marking) {
        this.indexing = indexing;
        this.compilation = compilation;
        this.marking = marking;
    }

    /** The current text paragraph by paragraph with its status and origin, the labels by status and their counts. */
    @ProblemResponses.NotFound
    @Get("/compilation")
    CompilationResponse compilation(@PathVariable long id) {
        indexing.catchUp();
        ReadingCompilation.Compilation c = compilation.compile(id);
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        for (NegotiationStatus s : NegotiationStatus.values()) {
            byStatus.put(s.json(), new ArrayList<>());
        }
        List<CompiledParagraph> paragraphs = new ArrayList<>();
        for (ReadingCompilation.Entry e : c.paragraphs()) {
            byStatus.get(e.status().status().json()).add(e.label());
            boolean marked = e.status().rowVersion() > 0;
            paragraphs.add(new CompiledParagraph(e.paragraph().id().value(), e.label(), e.status().status().json(),
                    NegotiationStatusPolicy.withBrackets(e.paragraph().fullText(), e.status().brackets()), e.status().brackets(),
                    e.reset(), marked ? e.status().markedOn() : null, e.status().changedBy(), e.status().reason(), e.etag(),
                    e.provenance().origin().json(), e.provenance().closest()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byStatus.forEach((k, v) -> counts.put(k, v.size()));
        return new CompilationResponse(id, c.version().number(), c.version().label(), counts, byStatus, paragraphs);
    }

    /** The facilitator marks a paragraph (by its label in the current text); If-Match with the status's tag is required. */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Put("/paragraphs/{label}/status")
    HttpResponse<StatusResponse> mark(@PathVariable long id, @PathVariable String label, @Nullable @Body StatusRequest body,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        if (body == null) {
            throw Refusal.badRequest("status-required", "Send {\"status\": \"open\" | \"agreed ad ref\" | \"bracketed\", "
                    + "\"brackets\": [...], \"reason\": \"...\"}");
        }
        if (body.brackets() != null && body.brackets().size() > NegotiationStatusPolicy.MAX_BRACKETS) {
            throw Refusal.badRequest("too-many-brackets", "At most " + NegotiationStatusPolicy.MAX_BRACKETS + " bracketed passages");
        }
        MarkingParagraphStatus.Marked m = marking.mark(Callers.of(authentication), id,
                new MarkingParagraphStatus.Marking(label, body.status(), body.brackets(), body.reason(), ifMatch));
        return HttpResponse.ok(new StatusResponse(m.paragraphId(), m.label(), m.status().status().json(), m.status().brackets(),
                NegotiationStatusPolicy.withBrackets(m.status().markedText(), m.status().brackets()), m.status().reason(),
                m.status().changedBy(), m.etag())).header("ETag", m.etag());
    }
}
