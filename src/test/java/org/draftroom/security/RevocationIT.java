package org.draftroom.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.shared.Role;
import org.draftroom.support.Accounts;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token stops working within a second of its account being disabled, demoted, moved to another
 * State, given a new password, or signed out: each case is a real request the token could make
 * just before (checked first, so that the refusal means something) and cannot make just after.
 * The accounts are this test's own, so that no other test's token is revoked.
 */
@MicronautTest(transactional = false)
class RevocationIT extends ServerTest {
    private static final long WITHIN_MILLIS = 1_000;
    @Inject
    Database database;

    @Test
    void a_disabled_delegates_token_no_longer_joins_co_sponsorship() {
        long draft = tabledDraft();
        String token = signIn("rev-chl", Role.DELEGATE, "CHL");
        String other = signIn("rev-arg", Role.DELEGATE, "ARG");
        assertThat(http().post("/api/drafts/" + draft + "/cosponsors", other, "").status()).isEqualTo(200);
        assertThat(http().get("/api/me", token).status()).isEqualTo(200);
        patch("rev-chl", Map.of("active", false));
        assertRefusedWithinASecond(token);
        assertThat(http().post("/api/drafts/" + draft + "/cosponsors", token, "").status()).isEqualTo(401);
        assertThat(database.count("SELECT count(*) FROM draft_cosponsor WHERE draft_id = " + draft + " AND member_state = 'CHL'"))
                .isZero();
    }

    @Test
    void a_disabled_secretariat_token_no_longer_exports_the_audit_trail() {
        String token = signIn("rev-sec-1", Role.SECRETARIAT, null);
        Http.Response export = http().get("/api/audit?format=csv", token);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Cache-Control")).as("an audit export is never cached").contains("no-store");
        patch("rev-sec-1", Map.of("active", false));
        assertRefusedWithinASecond(token);
        assertThat(http().get("/api/audit?format=csv", token).status()).isEqualTo(401);
    }

    @Test
    void a_demoted_secretariat_token_no_longer_reads_the_audit_trail() {
        String token = signIn("rev-sec-2", Role.SECRETARIAT, null);
        assertThat(http().get("/api/audit", token).status()).isEqualTo(200);
        patch("rev-sec-2", Map.of("role", "FACILITATOR"));
        assertRefusedWithinASecond(token);
        assertThat(http().get("/api/audit", token).status()).isEqualTo(401);
        Http.Response again = http().get("/api/audit", signIn("rev-sec-2", null, null));
        assertThat(again.status()).as("a new token carries the new role").isEqualTo(403);
    }

    @Test
    void a_demoted_administrators_token_no_longer_creates_accounts() {
        String token = signIn("rev-admin", Role.ADMIN, null);
        assertThat(http().get("/api/users", token).status()).isEqualTo(200);
        patch("rev-admin", Map.of("role", "SECRETARIAT"));
        assertRefusedWithinASecond(token);
        assertThat(http().post("/api/users", token, Map.of("username", "made-by-demoted",
                "password", "a long and fine password", "role", "ADMIN")).status()).isEqualTo(401);
        assertThat(database.count("SELECT count(*) FROM app_user WHERE username = 'made-by-demoted'")).isZero();
    }

    @Test
    void a_delegate_moved_to_another_state_no_longer_acts_for_the_old_one() {
        long draft = tabledDraft();
        String token = signIn("rev-per", Role.DELEGATE, "PER");
        assertThat(http().get("/api/me", token).json().get("memberState").asText()).isEqualTo("PER");
        patch("rev-per", Map.of("memberState", "URY"));
        assertRefusedWithinASecond(token);
        assertThat(http().post("/api/drafts/" + draft + "/cosponsors", token, "").status()).isEqualTo(401);
        assertThat(database.count("SELECT count(*) FROM draft_cosponsor WHERE draft_id = " + draft + " AND member_state = 'PER'"))
                .isZero();
        String fresh = signIn("rev-per", null, null);
        assertThat(http().get("/api/me", fresh).json().get("memberState").asText()).isEqualTo("URY");
    }

    @Test
    void a_changed_password_ends_every_token_of_the_account() {
        String token = signIn("rev-pwd", Role.FACILITATOR, null);
        assertThat(http().get("/api/me", token).status()).isEqualTo(200);
        database.execute("UPDATE app_user SET password_hash = password_hash || '' || '' WHERE username = 'rev-pwd'");
        assertThat(http().get("/api/me", token).status()).as("the same hash is not a change").isEqualTo(200);
        database.execute("UPDATE app_user SET password_hash = '$2a$10$' || repeat('x', 53) WHERE username = 'rev-pwd'");
        assertRefusedWithinASecond(token);
    }

    @Test
    void signing_out_revokes_the_token_and_every_other_token_of_the_account() {
        String first = signIn("rev-out", Role.DELEGATE, "URY");
        String second = signIn("rev-out", null, null);
        assertThat(http().get("/api/me", first).status()).isEqualTo(200);
        assertThat(http().post("/logout", first, "").status()).isEqualTo(204);
        assertRefusedWithinASecond(first);
        assertThat(http().get("/api/me", second).status()).isEqualTo(401);
        assertThat(http().post("/logout", first, "").status()).isEqualTo(401);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'logout' AND username = 'rev-out'"))
                .isEqualTo(1);
        assertThat(http().get("/api/me", signIn("rev-out", null, null)).status()).as("signing in again works").isEqualTo(200);
    }

    @Test
    void a_token_of_an_account_that_no_longer_exists_is_refused() {
        String token = signIn("rev-gone", Role.FACILITATOR, null);
        assertThat(http().get("/api/me", token).status()).isEqualTo(200);
        database.execute("DELETE FROM app_user WHERE username = 'rev-gone'");
        assertRefusedWithinASecond(token);
    }

    @Test
    void a_re_enabled_account_needs_a_new_token() {
        String token = signIn("rev-back", Role.FACILITATOR, null);
        patch("rev-back", Map.of("active", false));
        assertRefusedWithinASecond(token);
        patch("rev-back", Map.of("active", true));
        assertThat(http().get("/api/me", token).status()).as("the old token stays revoked").isEqualTo(401);
        assertThat(http().get("/api/me", signIn("rev-back", null, null)).status()).isEqualTo(200);
    }

    /** Asks who the token belongs to until it is refused: at most a second after the change. */
    private void assertRefusedWithinASecond(String token) {
        long start = System.nanoTime();
        int status;
        do {
            status = http().get("/api/me", token).status();
        } while (status != 401 && (System.nanoTime() - start) / 1_000_000 < WITHIN_MILLIS);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(status).as("refused after " + took + " ms").isEqualTo(401);
    }

    private long tabledDraft() {
        String blr = accounts.delegate(http(), "BLR");
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        Http.Response tabled = http().post("/api/drafts/" + id + "/table", blr, "");
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);
        return id;
    }

    private void patch(String username, Map<String, Object> change) {
        Http.Response changed = http().send("PATCH", "/api/users/" + username, accounts.admin(http()), Http.json(change),
                "application/json");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    /** Signs in, creating the account first when a role is given. */
    private String signIn(String username, Role role, String memberState) {
        if (role != null) {
            accounts.ensure(username, role, memberState);
        }
        Http.Response login = http().post("/login", null, Map.of("username", username, "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().get("access_token").asText();
    }
}
