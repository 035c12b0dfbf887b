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
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
        Map<String, DemoAccount> wanted = new LinkedHashMap<>();
        wanted.put("secretariat", new DemoAccount(Role.SECRETARIAT, null));
        wanted.put("facilitator", new DemoAccount(Role.FACILITATOR, null));
        wanted.put("facilitator2", new DemoAccount(Role.FACILITATOR, null));
        wanted.put("admin", new DemoAccount(Role.ADMIN, null));
        for (MemberState state : memberStates.all()) {
            wanted.put(state.code().toLowerCase(Locale.ROOT), new DemoAccount(Role.DELEGATE, state.code()));
        }
        // At a restart they all exist: one query instead of one per account, and no hashing.
        for (UserAccount existing : users.findAll()) {
            wanted.remove(existing.username());
        }
        int created = 0;
        if (!wanted.isEmpty()) {
            // One hash for all: hashing 196 passwords one by one would slow every start by seconds.
            String hash = hasher.hash(password);
            for (Map.Entry<String, DemoAccount> account : wanted.entrySet()) {
                users.save(new UserAccount(null, account.getKey(), hash, account.getValue().role(), account.getValue().memberState(), true, null));
                created++;
            }
        }
        LOG.info("Demo mode: {} demo accounts created (secretariat, facilitator, facilitator2, admin, and a delegate per Member State such as 'blr')", created);
    }

    private record DemoAccount(Role role, String memberState) {
    }
}
