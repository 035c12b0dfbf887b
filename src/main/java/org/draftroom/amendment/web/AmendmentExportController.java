package org.draftroom.amendment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.amendment.app.ExportingAmendment;
import org.draftroom.document.akn.AknAmendmentWriter;
import org.draftroom.document.akn.AknWriter;
import org.draftroom.document.docx.DocxWriter;
import org.draftroom.document.docx.WrittenAmendmentDocx;
import org.draftroom.document.print.WrittenAmendmentHtml;
import org.draftroom.platform.exports.HeavyExports;
import org.draftroom.shared.Refusal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amendment as a document: {@code format=akn} an Akoma Ntoso {@code <amendment>} ({@code <mod>},
 * {@code <quotedText>}, {@code <activeModifications>}), {@code docx} and {@code html} the written amendment
 * as the UN issues it ("Operative paragraph 5 / Replace … with …").
 */
@Controller("/api/drafts/{id}/amendments/{number}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AmendmentExportController {
    private final ExportingAmendment exporting;
    private final HeavyExports heavy;

    AmendmentExportController(ExportingAmendment exporting, HeavyExports heavy) {
        this.exporting = exporting;
        this.heavy = heavy;
    }

    /**
     * The amendment as the UN issues a written amendment: format=akn (an AKN amendment document, the default), docx or
     * html. 409 when it no longer applies to the text it was proposed against.
     */
    @ApiResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = AknWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", format = "binary"))})
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get("/export")
    @Produces({AknWriter.MEDIA_TYPE, DocxWriter.MEDIA_TYPE, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<StreamedFile> export(@PathVariable long id, @PathVariable int number, @Nullable @QueryValue String format,
                                      Authentication auth) {
        String f = format == null ? "akn" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("akn") && !f.equals("docx") && !f.equals("html")) {
            throw Refusal.badRequest("unknown-format", "format must be akn, docx or html, not '" + format + "'");
        }
        ExportingAmendment.AmendmentDocument a = exporting.export(id, number);
        String base = a.fileName().replaceAll("[^A-Za-z0-9.\\-]", "_");
        return switch (f) {
            case "akn" -> file(auth, () -> AknAmendmentWriter.write(a.draft(), a.amended(), a.akn()).getBytes(StandardCharsets.UTF_8),
                    AknWriter.MEDIA_TYPE, base + ".xml");
            case "docx" -> file(auth, () -> WrittenAmendmentDocx.write(a.written()), DocxWriter.MEDIA_TYPE, base + ".docx");
            default -> file(auth, () -> WrittenAmendmentHtml.render(a.written()).getBytes(StandardCharsets.UTF_8),
                    "text/html;charset=utf-8", base + ".html");
        };
    }

    private HttpResponse<StreamedFile> file(Authentication auth, java.util.concurrent.Callable<byte[]> make, String mediaType,
                                            String fileName) {
        StreamedFile body = heavy.file(auth.getName(), make, MediaType.of(mediaType));
        return HttpResponse.ok(body).contentType(MediaType.of(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
