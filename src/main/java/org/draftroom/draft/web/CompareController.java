package org.draftroom.draft.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.TrackedChangesHtml;
import org.draftroom.document.render.HtmlRenderer;
import org.draftroom.document.render.PlainTextRenderer;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.shared.Refusal;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** Compare versions or documents, and render a version as UN-style text or HTML. */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompareController {
    private final ReadingDraft reading;

    CompareController(ReadingDraft reading) {
        this.reading = reading;
    }

    /**
     * Two versions of this draft ({@code from}, {@code to}), aligned by paragraph identity; or this
     * draft against another document ({@code against}, e.g. last year's resolution), aligned by
     * content. {@code format=html} gives tracked changes as HTML; from an earlier version to a later one,
     * each change names the State, Secretariat or oral revision that made it and its date.
     */
    @ApiResponse(responseCode = "200", description = "The comparison as JSON, or as tracked changes in HTML",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    @Get("/compare")
    HttpResponse<?> compare(@PathVariable long id, @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to,
                            @Nullable @QueryValue Long against, @Nullable @QueryValue Integer version,
                            @Nullable @QueryValue Integer againstVersion, @Nullable @QueryValue String format) {
        if (against == null && from != null && to != null && from < to && "html".equalsIgnoreCase(format)) {
            return HttpResponse.ok(TrackedChangesHtml.render(reading.compareAttributed(id, from, to).comparison()))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        Comparison comparison;
        if (against != null) {
            comparison = reading.compareWithOther(id, version, against, againstVersion);
        } else if (from != null && to != null) {
            comparison = reading.compareVersions(id, from, to);
        } else {
            throw Refusal.badRequest("compare-what", "Give 'from' and 'to' (version numbers), or 'against' (another draft's id)");
        }
        if ("html".equalsIgnoreCase(format)) {
            return HttpResponse.ok(TrackedChangesHtml.render(comparison)).contentType(MediaType.TEXT_HTML_TYPE);
        }
        if (format != null && !"json".equalsIgnoreCase(format)) {
            throw Refusal.badRequest("unknown-format", "format must be json or html");
        }
        return HttpResponse.ok(comparison);
    }

    /** A version (the current one by default) as the UN prints it: format=html (default) or text. */
    @ApiResponse(responseCode = "200", description = "The text",
            content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"))})
    @ProblemResponses.NotFound
    @Get("/render")
    HttpResponse<String> render(@PathVariable long id, @Nullable @QueryValue Integer version, @Nullable @QueryValue String format) {
        StoredVersion v = reading.version(id, version);
        String f = format == null ? "html" : format.toLowerCase(java.util.Locale.ROOT);
        return switch (f) {
            case "html" -> HttpResponse.ok(HtmlRenderer.render(v.document())).contentType(MediaType.TEXT_HTML_TYPE);
            case "text" -> HttpResponse.ok(PlainTextRenderer.render(v.document()))
                    .contentType(MediaType.of("text/plain;charset=utf-8"));
            default -> throw Refusal.badRequest("unknown-format", "format must be text or html");
        };
    }
}
