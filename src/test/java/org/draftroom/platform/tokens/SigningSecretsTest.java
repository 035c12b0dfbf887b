package org.draftroom.platform.tokens;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningSecretsTest {
    private static final String SECRET = "a-secret-of-the-installation-0123456789";
    private static final String OLD = "the-secret-being-rotated-out-0123456789";

    @Test
    void outside_demo_mode_a_missing_secret_stops_the_start_with_words_naming_the_variable() {
        assertThatThrownBy(() -> SigningSecrets.of("", "", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("DRAFTROOM_JWT_SECRET is not set")
                .hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> SigningSecrets.of(null, null, false)).hasMessageStartingWith("DRAFTROOM_JWT_SECRET is not set");
    }

    @Test
    void a_secret_shorter_than_32_characters_is_refused_even_in_demo_mode() {
        assertThatThrownBy(() -> SigningSecrets.of("0123456789012345678901234567890", "", true))
                .hasMessage("DRAFTROOM_JWT_SECRET must be at least 32 characters long (it has 31).");
        assertThatThrownBy(() -> SigningSecrets.of(SECRET, "too-short", false))
                .hasMessage("DRAFTROOM_JWT_PREVIOUS_SECRET must be at least 32 characters long (it has 9).");
    }

    @Test
    void in_demo_mode_a_missing_secret_is_generated_anew_at_each_start() {
        SigningSecrets one = SigningSecrets.of("", "", true);
        SigningSecrets two = SigningSecrets.of(" ", null, true);
        assertThat(one.generated()).isTrue();
        assertThat(one.current().length).isGreaterThanOrEqualTo(SigningSecrets.MINIMUM_LENGTH);
        assertThat(one.current()).isNotEqualTo(two.current());
        assertThat(one.previous()).isEmpty();
    }

    @Test
    void a_configured_secret_and_the_previous_one_are_used_as_given() {
        SigningSecrets secrets = SigningSecrets.of(SECRET, OLD, false);
        assertThat(secrets.generated()).isFalse();
        assertThat(new String(secrets.current(), StandardCharsets.UTF_8)).isEqualTo(SECRET);
        assertThat(secrets.previous()).hasValueSatisfying(p -> assertThat(new String(p, StandardCharsets.UTF_8)).isEqualTo(OLD));
    }

    @Test
    void a_previous_secret_without_a_current_one_is_a_mistake_in_any_mode() {
        assertThatThrownBy(() -> SigningSecrets.of("", OLD, true)).hasMessageContaining("DRAFTROOM_JWT_PREVIOUS_SECRET is set but DRAFTROOM_JWT_SECRET is not");
    }
}
