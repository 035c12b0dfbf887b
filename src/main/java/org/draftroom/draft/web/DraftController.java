package org.draftroom.draft.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.document.parse.SourceFormat;
import org.draftroom.draft.app.ImportingDraft;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Callers;
import org.draftroom.shared.Refusal;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.draftroom.draft.web.DraftResponses.DraftResponse;
import static org.draftroom.draft.web.DraftResponses.DraftSummary;
import static org.draftroom.draft.web.DraftResponses.VersionRef;
import static org.draftroom.draft.web.DraftResponses.VersionResponse;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Drafts: import, list, read, versions. */
@Controller("/api/drafts")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DraftController {
    private final ImportingDraft importing;
    private final ReadingDraft reading;
    private final MemberStates memberStates;

    DraftController(ImportingDraft importing, ReadingDraft reading, MemberStates memberStates) {
        this.importing = importing;
        this.reading = reading;
        this.memberStates = memberStates;
    }

    /** A text to import, with its layout ({@code PLAIN}, {@code MARKDOWN}, {@code PDF_TEXT}) or none to detect it. */
    record ImportRequest(String text, @Nullable String format) {
    }

    /**
     * Imports a text as a new draft: JSON {"text", "format"} (PLAIN, MARKDOWN, PDF_TEXT, or none to detect it).
     * Answers 201 with Location and ETag.
     */
    @ApiResponse(responseCode = "201", description = "The new draft", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<DraftSummary> importJson(@Body ImportRequest request, Authentication authentication) {
        return created(importing.importText(Callers.of(authentication), request.text(), format(request.format())));
    }

    /** Imports a UTF-8 text body (text/plain, layout in ?format= or detected) as a new draft. Answers 201 with Location. */
    @ApiResponse(responseCode = "201", description = "The new draft", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes(MediaType.TEXT_PLAIN)
    HttpResponse<DraftSummary> importPlainText(@Body @Schema(type = "string", description = "The text, UTF-8") byte[] body, @Nullable @QueryValue String format,
                                               Authentication authentication) {
        return created(importing.importText(Callers.of(authentication), utf8(body), format(format)));
    }

    /**
     * Imports a text uploaded as the multipart part file (layout in the part format, or detected) as a new draft.
     * Answers 201 with Location.
     */
    @ApiResponse(responseCode = "201", description = "The new draft", useReturnTypeSchema = true)
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<DraftSummary> importFile(@Part("file") CompletedFileUpload file, @Nullable @Part("format") String format,
                                          Authentication authentication) throws IOException {
        return created(importing.importText(Callers.of(authentication), utf8(file.getBytes()), format(format)));
    }

    /** Lists drafts, filtered by session, committee (C.3) and stage. */
    @ProblemResponses.Unprocessable
    @Get
    List<DraftSummary> list(@Nullable @QueryValue Integer session, @Nullable @QueryValue String committee,
                            @Nullable @QueryValue String stage) {
        return reading.list(session, committee, stage).stream()
                .map(l -> DraftResponses.summary(l.draft(), l.lastChangedAt(), memberStates)).toList();
    }

    /**
     * A draft: metadata, the current version's paragraphs and footnotes, stage, sponsors, decisions and the caller's
     * allowed actions, with an ETag (If-None-Match gives 304).
     */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get("/{id}")
    HttpResponse<DraftResponse> read(@PathVariable long id, Authentication authentication) {
        ReadingDraft.DraftView view = reading.read(id, null, Callers.of(authentication));
        Draft d = view.draft();
        StoredVersion v = view.version();
        DraftResponse body = new DraftResponse(d.id(), d.title(), d.symbol(), d.stage().name(), d.session(), d.committee(),
                DraftResponses.names(d.mainSponsors(), memberStates), d.facilitator(), DraftResponses.ref(v), d.currentVersion(),
                DraftResponses.metadata(v.document().metadata()), DraftResponses.paragraphs(v.document()),
                DraftResponses.footnotes(v.document()), view.procedure(), view.allowedActions());
        return HttpResponse.ok(body).header("ETag", DraftETags.of(d));
    }

    /** The immutable versions of a draft (zero draft, L.20, Rev.1, as orally revised, as amended, A/RES/...). */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get("/{id}/versions")
    List<VersionRef> versions(@PathVariable long id) {
        return reading.versions(id).stream()
                .map(v -> DraftResponses.ref(v.number(), v.label(), v.kind(), v.createdAt(), v.createdBy())).toList();
    }

    /** One version of a draft, with its paragraphs and footnotes. */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get("/{id}/versions/{number}")
    VersionResponse version(@PathVariable long id, @PathVariable int number) {
        StoredVersion v = reading.version(id, number);
        return new VersionResponse(id, DraftResponses.ref(v), DraftResponses.metadata(v.document().metadata()),
                DraftResponses.paragraphs(v.document()), DraftResponses.footnotes(v.document()));
    }

    /** One paragraph of a version (the current one by default), named by its label ("OP4 bis", "PP9(c)") or its id. */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get("/{id}/paragraphs/{ref}")
    DraftResponses.ParagraphResponse paragraph(@PathVariable long id, @PathVariable String ref,
                                               @Nullable @QueryValue Integer version) {
        if (ref.isBlank()) {
            throw Refusal.notFound("Paragraph", "with an empty name");
        }
        StoredVersion v = reading.version(id, version);
        var document = v.document();
        var paragraph = document.byLabel(ref)
                .or(() -> document.paragraph(org.draftroom.document.model.ParagraphId.of(ref)))
                .orElseThrow(() -> Refusal.notFound("Paragraph", "'" + ref + "' in version " + v.number()));
        int index = document.indexOf(paragraph.id());
        return DraftResponses.paragraphs(document).get(index);
    }

    private HttpResponse<DraftSummary> created(Draft draft) {
        return HttpResponse.created(DraftResponses.summary(draft, memberStates), URI.create("/api/drafts/" + draft.id()))
                .header("ETag", DraftETags.of(draft));
    }

    static SourceFormat format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        try {
            return SourceFormat.valueOf(format.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Refusal.unprocessable("unknown-format", "format must be PLAIN, MARKDOWN or PDF_TEXT, not '" + format + "'");
        }
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.unprocessable("not-text", "The file is not UTF-8 text (binary data?)");
        }
    }
}
