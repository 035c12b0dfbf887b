package org.draftroom.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secrets that sign and verify tokens: the current one ({@code DRAFTROOM_JWT_SECRET}) signs,
 * the current and the previous one ({@code DRAFTROOM_JWT_PREVIOUS_SECRET}, during a rotation)
 * verify. Every server of one installation is given the same secrets, so a token signed by one is
 * accepted by the others and survives restarts. Only in demo mode and in tests may the server do
 * without: it then generates a secret for this start.
 */
record SigningSecrets(byte[] current, Optional<byte[]> previous, boolean generated) {
    static final int MINIMUM_LENGTH = 32;

    /**
     * @param current      the configured secret, blank when none
     * @param previous     the secret being rotated out, blank when none
     * @param mayGenerate  demo mode or tests: a missing secret is generated instead of refused
     * @throws IllegalStateException naming the variable when a secret is missing or too short
     */
    static SigningSecrets of(String current, String previous, boolean mayGenerate) {
        Optional<byte[]> before = Optional.ofNullable(previous).filter(p -> !p.isBlank())
                .map(p -> checked(p, "DRAFTROOM_JWT_PREVIOUS_SECRET"));
        if (current == null || current.isBlank()) {
            if (!mayGenerate) {
                throw new IllegalStateException("DRAFTROOM_JWT_SECRET is not set. Outside demo mode every server of an "
                        + "installation must be given the same secret of at least " + MINIMUM_LENGTH + " characters to "
                        + "sign tokens (for example: openssl rand -base64 48); the server does not start without it.");
            }
            if (before.isPresent()) {
                throw new IllegalStateException("DRAFTROOM_JWT_PREVIOUS_SECRET is set but DRAFTROOM_JWT_SECRET is not: "
                        + "a rotation needs the new secret as DRAFTROOM_JWT_SECRET.");
            }
            return new SigningSecrets(generate(), Optional.empty(), true);
        }
        return new SigningSecrets(checked(current, "DRAFTROOM_JWT_SECRET"), before, false);
    }

    private static byte[] checked(String secret, String variable) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (secret.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException(variable + " must be at least " + MINIMUM_LENGTH
                    + " characters long (it has " + secret.length() + ").");
        }
        return bytes;
    }

    private static byte[] generate() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII);
    }
}
