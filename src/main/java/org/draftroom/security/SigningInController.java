package org.draftroom.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import org.draftroom.platform.web.Problems;
import org.draftroom.shared.ControlCharacters;
import org.draftroom.shared.Refusal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /login} with {@code {"username", "password"}}: a bearer token, or a problem. Takes
 * the place of the framework's login endpoint so that a sign-in is checked (no control
 * characters, a password of at most 72 bytes) and throttled ({@link SignInThrottle}) before any
 * password is verified, and so that the token is never cached.
 */
@Controller
@ProblemResponses.Anonymous
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SigningInController {
    static final String BEARER_CHALLENGE = "Bearer realm=\"draftroom\"";
    private final DatabaseAuthenticationProvider<Object> provider;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final SignInThrottle throttle;

    SigningInController(DatabaseAuthenticationProvider<Object> provider,
                        LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler, SignInThrottle throttle) {
        this.provider = provider;
        this.loginHandler = loginHandler;
        this.throttle = throttle;
    }

    record Credentials(@Nullable String username, @Nullable String password) {
    }

    /**
     * Signs in with {"username", "password"}: a bearer token (access_token) to send as Authorization: Bearer.
     * Throttled: failed sign-ins lock the account or the address for a while (429).
     */
    @ApiResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BearerAccessRefreshToken.class)))
    @ApiResponse(responseCode = "401", description = "The username or the password is wrong",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.TooManyRequests
    @ProblemResponses.TooLarge
    @Post("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    MutableHttpResponse<?> login(@Body Credentials credentials, HttpRequest<?> request) {
        String username = credentials.username();
        String password = credentials.password();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw Refusal.badRequest("missing-credentials", "username and password are both required");
        }
        if (username.length() > 200) {
            throw Refusal.badRequest("username-too-long", "A username has at most 200 characters");
        }
        refuseControlCharacters("username", username);
        refuseControlCharacters("password", password);
        if (PasswordBytes.tooLong(password)) {
            throw Refusal.badRequest("password-too-long", "A password has at most " + PasswordBytes.MAX
                    + " bytes (UTF-8); this one is longer").with("maxBytes", PasswordBytes.MAX);
        }
        String address = address(request);
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            return tooManyAttempts(locked.get());
        }
        AuthenticationResponse answer = provider.authenticate((HttpRequest<Object>) request,
                new UsernamePasswordCredentials(username, password));
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            throttle.failed(username, address);
            return Problems.response(HttpStatus.UNAUTHORIZED, Problems.body("bad-credentials", "Not signed in",
                            HttpStatus.UNAUTHORIZED, "The username or the password is wrong"))
                    .header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        throttle.succeeded(username);
        return loginHandler.loginSuccess(answer.getAuthentication().get(), request)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache");
    }

    private static void refuseControlCharacters(String field, String value) {
        int at = ControlCharacters.inLine(value);
        if (at >= 0) {
            throw Refusal.badRequest("control-character", field + " holds a control character ("
                    + ControlCharacters.name(value.charAt(at)) + "), which no username or password may hold").with("field", field);
        }
    }

    private static String address(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }

    private static MutableHttpResponse<Map<String, Object>> tooManyAttempts(Duration wait) {
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        Map<String, Object> body = Problems.body("too-many-sign-in-attempts", "Too many failed sign-ins", status,
                "Too many failed sign-ins for this account or from this address; try again in " + wait.toSeconds() + " seconds");
        body.put("retryAfterSeconds", wait.toSeconds());
        return Problems.response(status, body).header("Retry-After", String.valueOf(wait.toSeconds()));
    }
}
