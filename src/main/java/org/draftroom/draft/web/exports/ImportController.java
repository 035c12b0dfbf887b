package org.draftroom.draft.web.exports;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.draftroom.document.akn.AknReader;
import org.draftroom.document.akn.AknWriter;
import org.draftroom.document.akn.DocumentFormatException;
import org.draftroom.document.docx.DocxReader;
import org.draftroom.document.docx.DocxWriter;
import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentParseException;
import org.draftroom.draft.app.ImportingDraft;
import org.draftroom.draft.model.Draft;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Imports an Akoma Ntoso XML file or a Word draft as a new draft, through the same use case as text imports.
 * The body is the file itself (with its content type) or a multipart form with a {@code file} part.
 * Unreadable or dangerous files are refused with a problem document: 400, 413 or 422.
 */
@Controller("/api/drafts/import")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {
    private final ImportingDraft importing;

    ImportController(ImportingDraft importing) {
        this.importing = importing;
    }

    /** Imports an Akoma Ntoso 3.0 document (AKN4UN or Draftroom's own) as a new draft. Answers 201 with Location. */
    @ApiResponse(responseCode = "201", description = "The new draft: id, title, stage, symbol, currentVersion",
            useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes({AknWriter.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    HttpResponse<Map<String, Object>> importXml(@Body @Schema(type = "string", format = "binary") byte[] body,
                                                Authentication authentication) {
        return created(importing.importDocument(Callers.of(authentication), akn(body), "AKN"));
    }

    /** Imports a Word document (tracked changes accepted) as a new draft. Answers 201 with Location. */
    @ApiResponse(responseCode = "201", description = "The new draft: id, title, stage, symbol, currentVersion",
            useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes({DocxWriter.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<Map<String, Object>> importDocx(@Body @Schema(type = "string", format = "binary") byte[] body,
                                                 Authentication authentication) {
        return created(importing.importDocument(Callers.of(authentication), docx(body), "DOCX"));
    }

    /** A form upload: a ZIP is read as Word, anything else as Akoma Ntoso XML. */
    @ApiResponse(responseCode = "201", description = "The new draft: id, title, stage, symbol, currentVersion",
            useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<Map<String, Object>> importFile(@Part("file") CompletedFileUpload file, Authentication authentication)
            throws IOException {
        byte[] bytes = file.getBytes();
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        Document d = zip ? docx(bytes) : akn(bytes);
        return created(importing.importDocument(Callers.of(authentication), d, zip ? "DOCX" : "AKN"));
    }

    private static Document akn(byte[] body) {
        try {
            return AknReader.read(body).document();
        } catch (DocumentFormatException e) {
            throw Refusals.of(e);
        }
    }

    private static Document docx(byte[] body) {
        try {
            return DocxReader.read(body);
        } catch (DocumentFormatException e) {
            throw Refusals.of(e);
        } catch (DocumentParseException e) {
            throw Refusal.unprocessable("unreadable-document", "The Word document is not a resolution: " + e.getMessage())
                    .with("reason", e.reason().name());
        }
    }

    private static HttpResponse<Map<String, Object>> created(Draft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", draft.id());
        body.put("title", draft.title());
        body.put("stage", draft.stage().name());
        body.put("symbol", draft.symbol());
        body.put("currentVersion", draft.currentVersion());
        return HttpResponse.created(body, URI.create("/api/drafts/" + draft.id()));
    }
}
