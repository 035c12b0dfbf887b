package org.draftroom.support;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.security.PasswordHasher;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.shared.Role;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test accounts, created on first use, and their tokens. Every account's password is
 * {@link #PASSWORD}. Delegates are named by their State's code ({@code blr}); other roles by
 * whatever name the test gives.
 */
@Singleton
public class Accounts {
    public static final String PASSWORD = "correct horse battery";
    private static volatile String hash;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Accounts(UserAccountRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Transactional
    public synchronized void ensure(String username, Role role, String memberState) {
        if (!users.existsByUsername(username)) {
            if (hash == null) {
                hash = hasher.hash(PASSWORD);
            }
            users.save(new UserAccount(null, username, hash, role, memberState, true, null));
        }
    }

    /** A token for the delegate of the given State (alpha-3 code), creating the account if needed. */
    public String delegate(Http http, String stateCode) {
        String username = stateCode.toLowerCase(Locale.ROOT);
        ensure(username, Role.DELEGATE, stateCode.toUpperCase(Locale.ROOT));
        return token(http, username);
    }

    public String user(Http http, String username, Role role) {
        ensure(username, role, null);
        return token(http, username);
    }

    public String secretariat(Http http) {
        return user(http, "secretariat", Role.SECRETARIAT);
    }

    public String facilitator(Http http) {
        return user(http, "facilitator", Role.FACILITATOR);
    }

    public String admin(Http http) {
        return user(http, "admin", Role.ADMIN);
    }

    private String token(Http http, String username) {
        return tokens.computeIfAbsent(username, name -> {
            Http.Response response = http.post("/login", null, Map.of("username", name, "password", PASSWORD));
            if (response.status() != 200) {
                throw new IllegalStateException("Cannot sign in as " + name + ": " + response);
            }
            return response.json().get("access_token").asText();
        });
    }
}
