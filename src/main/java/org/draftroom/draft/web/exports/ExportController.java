package org.draftroom.draft.web.exports;

import io.micronaut.core.annotation.Nullable;
import org.draftroom.draft.app.PublicationFactsSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import org.draftroom.document.akn.AknWriter;
import org.draftroom.document.akn.PublicationFacts;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.document.docx.DocxWriter;
import org.draftroom.document.docx.TrackedChangesDocxWriter;
import org.draftroom.document.model.Document;
import org.draftroom.document.print.PrintHtml;
import org.draftroom.platform.exports.HeavyExports;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.shared.Refusal;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Downloads: a version as Akoma Ntoso XML, Word or print HTML ({@code format=} or {@code Accept}), and the
 * difference between two versions as a Word file with tracked changes. File names say what they are:
 * {@code A_C.3_80_L.20_Rev.1.docx}.
 */
@Controller("/api/drafts/{id}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private final ReadingDraft reading;
    private final PublicationFactsSource factsSource;
    private final HeavyExports heavy;

    ExportController(ReadingDraft reading, @Nullable PublicationFactsSource factsSource, HeavyExports heavy) {
        this.reading = reading;
        this.factsSource = factsSource;
        this.heavy = heavy;
    }

    /**
     * A version as a file: Akoma Ntoso XML (format=akn, the default), Word (docx) or print-ready HTML (html), also
     * chosen by Accept; Content-Disposition names the file (A_C.3_80_L.20_Rev.1.docx). format=pdf answers 400.
     */
    @ApiResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = AknWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", format = "binary"))})
    @ProblemResponses.NotFound
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get("/versions/{number}/export")
    @Produces({AknWriter.MEDIA_TYPE, DocxWriter.MEDIA_TYPE, MediaType.TEXT_HTML, "application/pdf", MediaType.APPLICATION_XML,
            MediaType.TEXT_XML, MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<StreamedFile> export(@PathVariable long id, @PathVariable int number, @Nullable @QueryValue String format,
                                      @Nullable @Header(HttpHeaders.ACCEPT) String accept, Authentication auth) {
        ExportFormat f = ExportFormat.choose(format, accept);
        StoredVersion v = reading.version(id, number);
        Document d = v.document();
        String name = baseName(id, v);
        if (f == ExportFormat.PDF) {
            throw new Refusal(Refusal.Kind.BAD_REQUEST, "format-not-available", "Format not available",
                    "PDF is not produced by the server; use format=html and print it (the page carries its own "
                            + "A4 layout and page numbers)");
        }
        PublicationFacts facts = f == ExportFormat.AKN || f == ExportFormat.DOCX ? facts(id, v) : null;
        String jobNumber = f == ExportFormat.DOCX && factsSource != null ? factsSource.jobNumber(reading.draft(id), v) : null;
        StreamedFile body = heavy.file(auth.getName(), () -> switch (f) {
            case AKN -> AknWriter.writeBytes(d, facts);
            case DOCX -> DocxWriter.write(d, facts.votes(), jobNumber);
            case HTML, PDF -> PrintHtml.render(d).getBytes(StandardCharsets.UTF_8);
        }, MediaType.of(f.mediaType));
        return file(body, f.mediaType, f.fileName(name));
    }

    /**
     * Versions {@code from} → {@code to} as tracked changes, each attributed from the record to the State,
     * the Secretariat or the oral revision that made it, with its date; the same whoever downloads it.
     */
    @ApiResponse(responseCode = "200", description = "The Word file with tracked changes",
            content = @Content(mediaType = DocxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get("/compare/export")
    @Produces({DocxWriter.MEDIA_TYPE, MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<StreamedFile> compare(@PathVariable long id, @QueryValue int from, @QueryValue int to,
                                       @Nullable @QueryValue String format, Authentication auth) {
        if (format != null && !format.equalsIgnoreCase("docx")) {
            throw Refusal.badRequest("unknown-format", "Comparisons are exported as format=docx");
        }
        ReadingDraft.AttributedVersions versions = reading.compareAttributed(id, from, to);
        StreamedFile body = heavy.file(auth.getName(), () -> TrackedChangesDocxWriter.write(versions.comparison(),
                versions.before().document(), versions.after().document()), MediaType.of(DocxWriter.MEDIA_TYPE));
        String name = baseName(id, versions.after()) + "_changes_v" + from + "-v" + to;
        return file(body, DocxWriter.MEDIA_TYPE, ExportFormat.DOCX.fileName(name));
    }

    /** What the procedure records of the version (symbols, decisions, sponsors), over what its text gives. */
    private PublicationFacts facts(long id, StoredVersion v) {
        PublicationFacts fromTheText = facts(v);
        return factsSource == null ? fromTheText : factsSource.of(reading.draft(id), v, fromTheText);
    }

    /** The lifecycle facts the document itself gives, with the version's label as symbol when it is one. */
    static PublicationFacts facts(StoredVersion v) {
        PublicationFacts facts = PublicationFacts.derivedFrom(v.document());
        if (facts.symbol() == null && v.label() != null && v.label().contains("/")) {
            facts = facts.withSymbol(v.label());
        }
        return facts;
    }

    static String baseName(long id, StoredVersion v) {
        String symbol = v.document().metadata().effectiveSymbol();
        if (symbol == null && v.label() != null && v.label().contains("/")) {
            symbol = v.label();
        }
        return symbol != null ? symbol : "draft-" + id + "_v" + v.number();
    }

    static HttpResponse<StreamedFile> file(StreamedFile body, String mediaType, String fileName) {
        return HttpResponse.ok(body).contentType(MediaType.of(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
