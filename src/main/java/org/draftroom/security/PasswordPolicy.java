package org.draftroom.security;

import org.draftroom.shared.ControlCharacters;
import org.draftroom.shared.Refusal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password an administrator sets must be: {@value #MIN_LENGTH} characters or more, at
 * most {@value PasswordBytes#MAX} bytes (bcrypt reads no more), not only spaces, no control
 * characters, not the username (nor containing a username of four letters or more), and not one of the common passwords shipped
 * with the server ({@code security/common-passwords.txt}, compared without case or spaces).
 * Demo accounts (demo mode only) are not made by an administrator and keep their demo password.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw weak("password-too-short", "A password has at least " + MIN_LENGTH + " characters");
        }
        if (PasswordBytes.tooLong(password)) {
            throw weak("password-too-long", "A password has at most " + PasswordBytes.MAX + " bytes (UTF-8); this one is longer");
        }
        if (ControlCharacters.inLine(password) >= 0) {
            throw weak("control-character", "A password holds no control characters");
        }
        if (password.isBlank()) {
            throw weak("password-blank", "A password is more than spaces");
        }
        String folded = fold(password);
        String name = username == null ? "" : fold(username);
        if (!name.isEmpty() && (folded.equals(name) || name.length() >= 4 && folded.contains(name))) {
            throw weak("password-is-username", "A password does not contain the username");
        }
        if (COMMON.contains(folded)) {
            throw weak("password-too-common", "This password is among the most common ones, which are tried first; choose another");
        }
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static Refusal weak(String type, String detail) {
        return Refusal.unprocessable(type, detail).with("field", "password");
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the server");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
