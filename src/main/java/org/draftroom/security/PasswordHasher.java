package org.draftroom.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** Salted, deliberately slow password hashes (bcrypt). */
@Singleton
public class PasswordHasher {
    private static final int COST = 10;
    /** Verified against when the user does not exist, so that timing does not reveal usernames. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (PasswordBytes.tooLong(password)) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void spendTimeAsIfVerifying(String password) {
        matches(password, DUMMY);
    }
}
