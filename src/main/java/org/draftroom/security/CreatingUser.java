package org.draftroom.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.Locale;
import java.util.regex.Pattern;

/** An administrator opens an account. */
@Singleton
public class CreatingUser {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final MemberStates memberStates;
    private final UserEvents events;

    CreatingUser(UserAccountRepository users, PasswordHasher hasher, MemberStates memberStates, UserEvents events) {
        this.users = users;
        this.hasher = hasher;
        this.memberStates = memberStates;
        this.events = events;
    }

    public record NewUser(String username, String password, Role role, String memberState) {
    }

    @Transactional
    public UserAccount create(Caller admin, NewUser user) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw Refusal.unprocessable("invalid-username", "username must be 2 to 63 lower-case letters, digits, '.', '_' or '-'");
        }
        PasswordPolicy.check(user.username(), user.password());
        if (user.role() == null) {
            throw Refusal.unprocessable("invalid-role", "role is required: DELEGATE, FACILITATOR, SECRETARIAT or ADMIN");
        }
        String state = null;
        if (user.role() == Role.DELEGATE) {
            state = memberStates.byCode(user.memberState())
                    .orElseThrow(() -> Refusal.unprocessable("unknown-member-state",
                            "a delegate needs the alpha-3 code of a Member State; '" + user.memberState() + "' is not one"))
                    .code();
        } else if (user.memberState() != null) {
            throw Refusal.unprocessable("invalid-member-state", "only a delegate is bound to a Member State");
        }
        if (users.existsByUsername(user.username())) {
            throw Refusal.conflict("username-taken", "The username '" + user.username() + "' is taken");
        }
        UserAccount saved = users.save(new UserAccount(null, user.username().toLowerCase(Locale.ROOT),
                hasher.hash(user.password()), user.role(), state, true, null));
        events.created(admin, saved);
        return saved;
    }
}
