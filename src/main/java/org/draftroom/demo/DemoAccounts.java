package org.draftroom.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.PasswordHasher;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Demo mode only (environment {@code demo}): the accounts {@code secretariat},
 * {@code facilitator}, {@code admin} and one delegate per Member State named by its alpha-3
 * code in lower case, all with the password {@code DRAFTROOM_DEMO_PASSWORD} ({@code demo} when
 * unset). Never created outside demo mode.
 */
@Singleton
@Requires(env = "demo")
public class DemoAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private final UserAccountRepository users;
    private final MemberStates memberStates;
    private final PasswordHasher hasher;
    private final String configuredPassword;

    DemoAccounts(UserAccountRepository users, MemberStates memberStates, PasswordHasher hasher,
                 @Value("${draftroom.demo.password:}") String configuredPassword) {
        this.users = users;
        this.memberStates = memberStates;
        this.hasher = hasher;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        String password = configuredPassword.isBlank() ? "demo" : configuredPassword;
        if (configuredPassword.isBlank()) {
            LOG.warn("Demo mode: DRAFTROOM_DEMO_PASSWORD is not set, so every demo account's password is 'demo'");
        }
        // One hash for all: hashing 196 passwords one by one would slow every start by seconds.
        String hash = hasher.hash(password);
        int created = 0;
        created += create("secretariat", hash, Role.SECRETARIAT, null);
        created += create("facilitator", hash, Role.FACILITATOR, null);
        created += create("facilitator2", hash, Role.FACILITATOR, null);
        created += create("admin", hash, Role.ADMIN, null);
        for (MemberState state : memberStates.all()) {
            created += create(state.code().toLowerCase(Locale.ROOT), hash, Role.DELEGATE, state.code());
        }
        LOG.info("Demo mode: {} demo accounts created (secretariat, facilitator, facilitator2, admin, and a delegate per Member State such as 'blr')", created);
    }

    private int create(String username, String hash, Role role, String memberState) {
        if (users.existsByUsername(username)) {
            return 0;
        }
        users.save(new UserAccount(null, username, hash, role, memberState, true, null));
        return 1;
    }
}
