package org.draftroom.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs users in against {@code app_user}; runs on the blocking executor. The token names the
 * account's role, its State for a delegate, and its token generation ({@link TokenClaimsCheck}).
 */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    static final String MEMBER_STATE_CLAIM = "memberState";
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final FailedLogins failedLogins;
    private final TokenGenerations generations;

    DatabaseAuthenticationProvider(UserAccountRepository users, PasswordHasher hasher, FailedLogins failedLogins,
                                   TokenGenerations generations) {
        this.users = users;
        this.hasher = hasher;
        this.failedLogins = failedLogins;
        this.generations = generations;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = String.valueOf(credentials.getIdentity());
        String password = String.valueOf(credentials.getSecret());
        // Read before the account: a change of password or standing in between gives an older
        // generation, so the token is refused rather than outliving the change.
        Optional<Long> generation = generations.current(username);
        Optional<UserAccount> found = users.findByUsername(username).filter(UserAccount::active);
        if (found.isEmpty() || generation.isEmpty()) {
            hasher.spendTimeAsIfVerifying(password);
            failedLogins.record(username, "unknown or inactive user");
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        UserAccount user = found.get();
        if (!hasher.matches(password, user.passwordHash())) {
            failedLogins.record(username, "wrong password");
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Map<String, Object> attributes = new HashMap<>();
        if (user.memberState() != null) {
            attributes.put(MEMBER_STATE_CLAIM, user.memberState());
        }
        attributes.put(TokenClaimsCheck.GENERATION_CLAIM, generation.get());
        return AuthenticationResponse.success(user.username(), List.of(user.role().name()), attributes);
    }
}
