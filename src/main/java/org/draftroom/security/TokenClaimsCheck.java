package org.draftroom.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;

/**
 * Checked on every request, besides the signature and the expiry the framework checks: a token
 * must say when it expires ({@code exp}), must not be used before its {@code nbf}, must have
 * been issued by this application ({@code iss}), and must carry its account's current token
 * generation ({@value #GENERATION_CLAIM}): an account that no longer exists, is disabled, was
 * given another role or State, changed its password or signed out has a newer generation, and
 * its older tokens are refused ({@link AccountStandings}).
 */
@Singleton
class TokenClaimsCheck implements GenericJwtClaimsValidator<HttpRequest<?>> {
    static final String GENERATION_CLAIM = "gen";
    /** Clocks of several servers differ a little. */
    private static final long LEEWAY_SECONDS = 30;
    private final AccountStandings standings;
    private final String issuer;

    TokenClaimsCheck(AccountStandings standings, @Value("${micronaut.application.name}") String issuer) {
        this.standings = standings;
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        long now = Instant.now().getEpochSecond();
        Long expires = seconds(claims.get(Claims.EXPIRATION_TIME));
        if (expires == null || expires <= now) {
            return false;
        }
        if (claims.contains(Claims.NOT_BEFORE)) {
            Long notBefore = seconds(claims.get(Claims.NOT_BEFORE));
            if (notBefore == null || notBefore > now + LEEWAY_SECONDS) {
                return false;
            }
        }
        if (!issuer.equals(claims.get(Claims.ISSUER))) {
            return false;
        }
        Object subject = claims.get(Claims.SUBJECT);
        Object generation = claims.get(GENERATION_CLAIM);
        return subject instanceof String username && generation instanceof Number number
                && standings.accepts(username, number.longValue());
    }

    private static Long seconds(Object value) {
        if (value instanceof Date date) {
            return date.getTime() / 1000;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
