package org.draftroom.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.ChainVerifier;
import org.draftroom.audit.chain.EntryHasher;
import org.draftroom.platform.exports.HeavyExports;
import org.draftroom.shared.Refusal;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The secretariat's view of the audit trail: search (newest first, cursor paging), streamed
 * export as CSV or JSON Lines, verification of the chain, and the head hash to keep elsewhere.
 */
@Controller("/api/audit")
@ProblemResponses.SignedIn
@ProblemResponses.Forbidden
@Secured("SECRETARIAT")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    static final MediaType CSV = MediaType.of("text/csv");
    static final MediaType JSON_LINES = MediaType.of("application/x-ndjson");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private final AuditReader reader;
    private final DataSource pool;
    private final HeavyExports heavy;

    AuditController(AuditReader reader, DataSource dataSource, HeavyExports heavy) {
        this.reader = reader;
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.heavy = heavy;
    }

    record EntryResponse(long seq, String occurredAt, String username, String role, String memberState, Long draftId,
                         String type, @JsonRawValue String payload, String requestId, String prevHash, String hash) {
        static EntryResponse of(AuditEntry e) {
            return new EntryResponse(e.seq(), EntryHasher.timestamp(e.occurredAt()), e.username(), e.role(),
                    e.memberState(), e.draftId(), e.type(), e.payload(), e.requestId(), e.prevHash(), e.hash());
        }
    }

    record PageResponse(List<EntryResponse> entries, String nextCursor) {
    }

    record HeadResponse(long seq, String hash, String at) {
    }

    record MismatchResponse(long seq, String problem) {
    }

    record VerifyResponse(long entriesChecked, long headSeq, String headHash, boolean intact,
                          MismatchResponse firstMismatch, Boolean anchorMatches, long millis) {
    }

    /**
     * The audit trail, newest first, filtered by draftId, memberState, username, type, from, to; cursor paging;
     * format=csv|jsonl streams an export.
     */
    @ApiResponse(responseCode = "200", description = "A page of entries, or the export",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get(produces = {MediaType.APPLICATION_JSON, "text/csv", "application/x-ndjson"})
    HttpResponse<?> search(HttpRequest<?> request, Authentication auth,
                           @Nullable @QueryValue Long draftId, @Nullable @QueryValue String memberState,
                           @Nullable @QueryValue String username, @Nullable @QueryValue String type,
                           @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit,
                           @Nullable @QueryValue String order, @Nullable @QueryValue String format) {
        boolean ascending = parseOrder(order);
        AuditFilter filter = new AuditFilter(draftId, memberState, username, type, instant("from", from),
                instant("to", to), parseCursor(cursor), ascending);
        ExportFormat export = exportFormat(format, request.getHeaders().get(HttpHeaders.ACCEPT));
        if (export != null) {
            reader.sealCommitted();
            InputStream stream = heavy.stream(auth.getName(), () -> ExportStream.open(pool, filter, export));
            return HttpResponse.ok(new StreamedFile(stream, MediaType.of(export.mediaType + ";charset=utf-8"))
                    .attach("audit-trail." + export.extension));
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.badRequest("invalid-limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        AuditReader.Page page = reader.page(filter, size);
        return HttpResponse.ok(new PageResponse(page.entries().stream().map(EntryResponse::of).toList(),
                page.nextCursor() == null ? null : page.nextCursor().toString())).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The head to keep outside the system; check it later with verify?seq=…&amp;hash=…. */
    @Get("/head")
    HeadResponse head() {
        AuditReader.Head head = reader.head();
        return new HeadResponse(head.seq(), head.hash(), head.at() == null ? null : EntryHasher.timestamp(head.at()));
    }

    /**
     * Recomputes the hash chain: entries checked, head hash, first mismatch; with seq and hash, checks that exported
     * head too.
     */
    @Get("/verify")
    VerifyResponse verify(@Nullable @QueryValue Long seq, @Nullable @QueryValue String hash) {
        if ((seq == null) != (hash == null)) {
            throw Refusal.badRequest("invalid-anchor", "give both seq and hash of an exported head, or neither");
        }
        long start = System.nanoTime();
        ChainVerifier.Result result = reader.verify(seq, hash);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ChainVerifier.Mismatch first = result.firstMismatch();
        return new VerifyResponse(result.entriesChecked(), result.headSeq(), result.headHash(), result.intact(),
                first == null ? null : new MismatchResponse(first.seq(), first.problem()), result.anchorMatches(), millis);
    }

    private static ExportFormat exportFormat(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "json" -> null;
                case "csv" -> ExportFormat.CSV;
                case "jsonl", "ndjson" -> ExportFormat.JSON_LINES;
                default -> throw Refusal.badRequest("unknown-format", "format must be json, csv or jsonl");
            };
        }
        if (accept == null || accept.contains("application/json")) {
            return null;
        }
        if (accept.contains("text/csv")) {
            return ExportFormat.CSV;
        }
        return accept.contains("application/x-ndjson") ? ExportFormat.JSON_LINES : null;
    }

    private static boolean parseOrder(String order) {
        if (order == null || order.equals("desc")) {
            return false;
        }
        if (order.equals("asc")) {
            return true;
        }
        throw Refusal.badRequest("invalid-order", "order must be asc or desc");
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw Refusal.badRequest("invalid-cursor", "cursor must be a nextCursor given by a previous page");
        }
    }

    /** An instant ({@code 2025-10-14T09:30:00Z}) or a day ({@code 2025-10-14}, from its start, UTC). */
    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.badRequest("invalid-time", name + " must be an ISO-8601 instant such as 2025-10-14T09:30:00Z "
                    + "or a day such as 2025-10-14");
        }
    }
}
