package org.draftroom.platform.web.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error responses of the API, each once: put one on a controller (every operation of it can answer so) or on
 * an operation. Every one is {@code application/problem+json} with the {@code Problem} schema (type, title, status,
 * detail and the members a problem adds, such as {@code limit}, {@code maximum}, {@code field}).
 * The generated description is checked against the running server by {@code ApiDescriptionIT}.
 */
public final class ProblemResponses {
    /** The media type of every error. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The schema of every error, in {@code src/main/openapi/draftroom-common.yml}. */
    public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    /** 400, 401 and 503: what any operation of the signed-in API can answer. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "A parameter, header or body is malformed, missing or past its limit",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token (sign in with POST /login)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The database is not answering; nothing was changed (Retry-After)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface SignedIn {
    }

    /** 400 and 503 for an operation open to anyone. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "A parameter or body is malformed, missing or past its limit",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The database is not answering; nothing was changed (Retry-After)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface Anonymous {
    }

    /** 403: the caller's role, Member State or assignment does not allow it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "403", description = "The caller's role, Member State or assignment does not allow this",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface Forbidden {
    }

    /** 404: the draft, version, paragraph, amendment or account named in the path does not exist. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "404", description = "What the path names (draft, version, paragraph, amendment, account) does not exist",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface NotFound {
    }

    /** 409: the step does not fit the procedure's present state (stage, deadline, competing change). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "409", description = "Not allowed in the draft's present state: the problem names the stage and what is allowed",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface Conflict {
    }

    /** 412: the If-Match tag is not the current one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "412", description = "If-Match names an earlier state: read it again (the problem gives the current tag)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface PreconditionFailed {
    }

    /** 428: the operation needs If-Match and none was sent. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "428", description = "If-Match is required here",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface PreconditionRequired {
    }

    /** 413: the body or the text made from it is past its limit. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "413", description = "The body, or the text made from it, is past its limit (the problem names it)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface TooLarge {
    }

    /** 415: a body in a media type the operation does not read. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "415", description = "The body's Content-Type is not one this operation reads",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface UnsupportedMediaType {
    }

    /** 422: the request is well formed but the text or the record refuses it (the problem names the rule). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "422", description = "Well formed, but a rule of the procedure or of the text refuses it (the problem names it)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface Unprocessable {
    }

    /** 429: too many at once (exports in flight, live streams, failed sign-ins); see Retry-After. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "429", description = "Too many at once for this user or address; try again after Retry-After",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface TooManyRequests {
    }

    /** 503 from an export that could not be made in time. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "503", description = "The file could not be made in time, or the database is not answering (Retry-After)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public @interface Unavailable {
    }

    /** 304: a repeated read whose If-None-Match still names the current state. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "304", description = "Not modified since the tag given in If-None-Match")
    public @interface NotModified {
    }
}
