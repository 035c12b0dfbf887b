package org.draftroom.web.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.draftroom.draft.web.DraftETags;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a client repeats after every change (the draft, its paragraphs and versions, the
 * amendments page and the voting order, the history) carry a strong ETag made of the draft's
 * change count ({@link DraftChangeCounter}) and who reads (what a reader may do is part of the
 * draft). A request whose {@code If-None-Match} names the current tag is answered 304 after that
 * one version check, without reading the draft. The tag is taken before the read, so a change
 * committed meanwhile can only make the next repeat a 200, never a stale 304.
 */
@ServerFilter("/api/drafts/**")
class RepeatedReads implements Ordered {
    static final Pattern REPEATED = Pattern.compile(
            "^/api/drafts/([0-9]{1,18})(?:/versions(?:/[0-9]{1,9})?|/paragraphs/[^/]+|/history|/amendments|/amendments/voting-order)?/?$");
    private static final String TAG = RepeatedReads.class.getName() + ".tag";
    private final DraftChangeCounter counter;

    RepeatedReads(DraftChangeCounter counter) {
        this.counter = counter;
    }

    /** After the security filter: only a signed-in reader gets a tag or a 304. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> answerUnchanged(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET) {
            return null;
        }
        Matcher m = REPEATED.matcher(request.getPath());
        Optional<Authentication> reader = request.getUserPrincipal(Authentication.class);
        if (!m.matches() || reader.isEmpty()) {
            return null;
        }
        Optional<DraftChangeCount> count = counter.of(Long.parseLong(m.group(1)));
        if (count.isEmpty()) {
            return null; // the controller says 404
        }
        String tag = tag(count.get(), reader.get());
        String ifNoneMatch = request.getHeaders().get("If-None-Match");
        if (ifNoneMatch != null && names(ifNoneMatch, tag)) {
            return revalidated(HttpResponse.status(HttpStatus.NOT_MODIFIED), tag);
        }
        request.setAttribute(TAG, tag);
        return null;
    }

    @ResponseFilter
    void tagResponse(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> tag = request.getAttribute(TAG, String.class);
        if (tag.isPresent() && response.getStatus() == HttpStatus.OK) {
            revalidated(response, tag.get());
        }
    }

    private static MutableHttpResponse<?> revalidated(MutableHttpResponse<?> response, String tag) {
        response.getHeaders().set("ETag", tag);
        response.getHeaders().set("Cache-Control", "private, no-cache");
        response.getHeaders().set("Vary", "Authorization");
        return response;
    }

    /**
     * The draft's own tag ({@link DraftETags}, what If-Match of a step checks), then its last sealed
     * audit entry, its queued entries and the reader.
     */
    static String tag(DraftChangeCount count, Authentication reader) {
        String base = DraftETags.of(count.draftId(), count.rowVersion());
        String who = reader.getName() + "|" + String.join(",", reader.getRoles()) + "|"
                + reader.getAttributes().getOrDefault("memberState", "");
        return base.substring(0, base.length() - 1) + "." + count.lastSeq() + "." + count.queued() + "."
                + Integer.toHexString(who.hashCode()) + "\"";
    }

    /** Whether an If-None-Match header names the tag (a list of tags, or *). */
    static boolean names(String ifNoneMatch, String tag) {
        for (String given : ifNoneMatch.split(",")) {
            String g = given.trim();
            if (g.equals("*") || g.equals(tag) || g.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
