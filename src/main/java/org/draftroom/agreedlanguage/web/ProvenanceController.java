package org.draftroom.agreedlanguage.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.agreedlanguage.app.IndexingAdoptedTexts;
import org.draftroom.agreedlanguage.app.SearchingTheLibrary;
import org.draftroom.agreedlanguage.app.TracingAmendment;
import org.draftroom.agreedlanguage.web.ProvenanceResponses.AmendmentProvenanceResponse;
import org.draftroom.agreedlanguage.web.ProvenanceResponses.ChangedParagraph;
import org.draftroom.agreedlanguage.app.TracingProvenance;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.agreedlanguage.store.LibraryStore;
import org.draftroom.agreedlanguage.web.ProvenanceResponses.FoundResponse;
import org.draftroom.agreedlanguage.web.ProvenanceResponses.ProvenanceResponse;
import org.draftroom.agreedlanguage.web.ProvenanceResponses.SearchResponse;
import org.draftroom.shared.Refusal;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;

/** Where a draft's words come from, and the library of adopted texts they come from. */
@Controller("/api")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProvenanceController {
    static final int MAX_QUERY = 500;
    static final int MAX_RESULTS = 50;
    private final IndexingAdoptedTexts indexing;
    private final TracingProvenance tracing;
    private final SearchingTheLibrary searching;
    private final TracingAmendment amendments;

    ProvenanceController(IndexingAdoptedTexts indexing, TracingProvenance tracing, SearchingTheLibrary searching,
                         TracingAmendment amendments) {
        this.indexing = indexing;
        this.tracing = tracing;
        this.searching = searching;
        this.amendments = amendments;
    }

    /**
     * A pending amendment's effect on agreed language: each paragraph it changes, its provenance before and
     * after, and a sentence ("restores the words of 72/195 OP4 in OP5").
     */
    @ProblemResponses.NotFound
    @Get("/drafts/{id}/amendments/{number}/provenance")
    AmendmentProvenanceResponse amendment(@PathVariable long id, @PathVariable int number) {
        indexing.catchUp();
        TracingAmendment.TracedAmendment traced = amendments.trace(id, number);
        return new AmendmentProvenanceResponse(id, number, traced.version(), traced.paragraphs().stream()
                .map(c -> new ChangedParagraph(c.paragraphId(), c.label(), c.effect(),
                        c.before() == null ? null : ProvenanceResponses.paragraph(c.paragraphId(), c.label(), c.before()),
                        ProvenanceResponses.paragraph(c.paragraphId(), c.label(), c.after())))
                .toList());
    }

    /** Each paragraph of a version (the current one by default): verbatim, modified or new, with its sources. */
    @ProblemResponses.NotFound
    @Get("/drafts/{id}/provenance")
    ProvenanceResponse provenance(@PathVariable long id, @Nullable @QueryValue Integer version) {
        if (version != null && version < 1) {
            throw Refusal.badRequest("bad-version", "version must be a version number, 1 or more");
        }
        indexing.catchUp();
        TracingProvenance.TracedVersion traced = tracing.trace(id, version);
        List<Provenance> all = traced.paragraphs().stream().map(TracingProvenance.Traced::provenance).toList();
        return new ProvenanceResponse(id, traced.version().number(), traced.version().label(), ProvenanceResponses.counts(all),
                traced.paragraphs().stream()
                        .map(t -> ProvenanceResponses.paragraph(t.paragraph().id().value(), t.label(), t.provenance()))
                        .toList());
    }

    /** Adopted paragraphs holding words like {@code q} (at least 3 characters, at most 500), best first. */
    @Get("/library")
    SearchResponse search(@Nullable @QueryValue String q, @Nullable @QueryValue Integer limit) {
        if (q == null || q.strip().length() < 3) {
            throw Refusal.badRequest("search-too-short", "Give 'q', the words to look for: at least 3 characters");
        }
        if (q.length() > MAX_QUERY) {
            throw Refusal.badRequest("search-too-long", "'q' holds at most " + MAX_QUERY + " characters");
        }
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > MAX_RESULTS) {
            throw Refusal.badRequest("invalid-limit", "limit must be between 1 and " + MAX_RESULTS);
        }
        indexing.catchUp();
        List<LibraryStore.Found> found = searching.search(q.strip(), n);
        return new SearchResponse(q.strip(), found.stream().map(f -> new FoundResponse(f.paragraph().cite(), f.paragraph().symbol(),
                f.paragraph().resolution(), f.paragraph().session(), f.paragraph().label(), f.paragraph().text(),
                Math.round(f.similarity() * 1000) / 1000.0)).toList());
    }
}
