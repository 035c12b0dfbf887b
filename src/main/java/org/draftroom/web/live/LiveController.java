package org.draftroom.web.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.app.ReadingDraft;
import org.draftroom.platform.web.Problems;

import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Server-sent events of one draft: {@code ready} once, then {@code change} each time a change to
 * the draft commits (id: the audit entry's seq; data: {@code draftId}, {@code type}, {@code seq}
 * and what changed), and {@code ping} every 15 seconds. A client that reconnects with
 * {@code Last-Event-ID} first gets the changes it missed. The web client reads the stream with
 * fetch(), so the bearer token stays in the Authorization header and never appears in a URL.
 */
@Controller("/api/drafts/{id}/events")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
class LiveController {
    static final String TOO_MANY = "too-many-streams";
    private final LiveHub hub;
    private final ReadingDraft reading;
    private final MissedChanges missed;

    LiveController(LiveHub hub, ReadingDraft reading, MissedChanges missed) {
        this.hub = hub;
        this.reading = reading;
        this.missed = missed;
    }

    /** Server-sent events: each committed change of the draft with what it changed; Last-Event-ID resumes without loss. */
    @ApiResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string")))
    @ProblemResponses.NotFound
    @ProblemResponses.TooManyRequests
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> events(@PathVariable long id, @Nullable @Header("Last-Event-ID") String lastEventId,
                           Authentication authentication) {
        long after = lastSeen(lastEventId);
        reading.versions(id); // 404 for a draft that does not exist
        DraftEventStream stream;
        try {
            stream = hub.open(id, authentication.getName());
        } catch (LiveHub.TooManyStreams e) {
            return Problems.response(HttpStatus.TOO_MANY_REQUESTS, Problems.body(TOO_MANY, "Too many live streams",
                            HttpStatus.TOO_MANY_REQUESTS, "You already follow " + e.limit + " live streams on this server, "
                                    + "the most one user may; close a draft in another tab or window and try again."))
                    .header("Retry-After", "10");
        }
        try {
            stream.start(after, after < 0 ? List.of() : missed.after(id, after));
        } catch (RuntimeException e) {
            stream.complete();
            throw e;
        }
        return HttpResponse.ok(stream).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    /** The id of the last event the client took, -1 when none (a client's first stream). */
    private static long lastSeen(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            long seq = Long.parseLong(header.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw org.draftroom.shared.Refusal.badRequest("bad-last-event-id",
                "Last-Event-ID must be the id of an event of this stream (a whole number), not '"
                        + (header.length() > 40 ? header.substring(0, 40) + "…" : header) + "'");
    }
}
