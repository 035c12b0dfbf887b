package org.draftroom.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.shared.Role;
import org.draftroom.support.Accounts;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed per account (5 failures) and per address (8 here; every request
 * of the suite comes from 127.0.0.1, so the suite's own limit is high): the next attempt is 429
 * with {@code Retry-After}, even with the right password, and each failure after a lock doubles
 * the wait. The counts are rows in the database, so that every server sees them.
 */
@MicronautTest(transactional = false)
@Property(name = "draftroom.sign-in.address-failures", value = "8")
class SignInThrottlingIT extends ServerTest {
    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        database.execute("DELETE FROM sign_in_throttle");
    }

    @Test
    void the_sixth_attempt_after_five_wrong_passwords_is_429_with_retry_after_even_with_the_right_password() {
        accounts.ensure("throttled", Role.FACILITATOR, null);
        for (int i = 0; i < 5; i++) {
            assertThat(login("throttled", "wrong guess " + i).status()).isEqualTo(401);
        }
        Http.Response sixth = login("throttled", Accounts.PASSWORD);
        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(sixth.header("Retry-After").orElseThrow())).isBetween(50, 60);
        assertThat(database.count("SELECT failures FROM sign_in_throttle WHERE key = 'account:throttled'")).isEqualTo(5);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'login.locked'"
                + " AND username = 'throttled'")).isEqualTo(1);

        database.execute("UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE key = 'account:throttled'");
        assertThat(login("throttled", "wrong again").status()).as("the lock is over: a guess is checked").isEqualTo(401);
        Http.Response doubled = login("throttled", Accounts.PASSWORD);
        assertThat(doubled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(doubled.header("Retry-After").orElseThrow())).as("doubled").isBetween(110, 120);

        database.execute("UPDATE sign_in_throttle SET locked_until = NULL WHERE key = 'account:throttled'");
        assertThat(login("throttled", Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(database.count("SELECT count(*) FROM sign_in_throttle WHERE key = 'account:throttled'"))
                .as("a successful sign-in forgets the account's failures").isZero();
    }

    @Test
    void other_accounts_are_not_locked_by_one_accounts_failures() {
        accounts.ensure("throttled-one", Role.FACILITATOR, null);
        accounts.ensure("throttled-two", Role.FACILITATOR, null);
        for (int i = 0; i < 5; i++) {
            login("throttled-one", "wrong guess " + i);
        }
        assertThat(login("throttled-one", Accounts.PASSWORD).status()).isEqualTo(429);
        assertThat(login("throttled-two", Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void guessing_across_many_accounts_from_one_address_locks_the_address() {
        accounts.ensure("spray-target", Role.FACILITATOR, null);
        for (int i = 0; i < 8; i++) {
            assertThat(login("sprayed-" + i, "some guess").status()).isEqualTo(401);
        }
        Http.Response locked = login("spray-target", Accounts.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'login.locked'"
                + " AND payload->>'locked' = 'address'")).isPositive();
    }

    private Http.Response login(String username, String password) {
        return http().post("/login", null, Map.of("username", username, "password", password));
    }
}
