package org.draftroom.security;

import java.nio.charset.StandardCharsets;

/** bcrypt reads at most 72 bytes of a password: a longer one is refused, never cut short silently. */
public final class PasswordBytes {
    public static final int MAX = 72;

    private PasswordBytes() {
    }

    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX;
    }
}
