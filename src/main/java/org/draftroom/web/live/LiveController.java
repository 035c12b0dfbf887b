package org.draftroom.web.live;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.draft.app.ReadingDraft;
import org.reactivestreams.Publisher;

/**
 * Server-sent events of one draft: {@code ready} once, then {@code change} ({@code draftId},
 * {@code type}, {@code seq}) each time a change to the draft commits, and {@code ping} every 15
 * seconds. The web client reads the stream with fetch(), so the bearer token stays in the
 * Authorization header and never appears in a URL.
 */
@Controller("/api/drafts/{id}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LiveController {
    private final LiveHub hub;
    private final ReadingDraft reading;

    LiveController(LiveHub hub, ReadingDraft reading) {
        this.hub = hub;
        this.reading = reading;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Publisher<Event<Object>> events(@PathVariable long id) {
        reading.versions(id); // 404 for a draft that does not exist
        return hub.stream(id);
    }
}
