package org.draftroom.security;

import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import io.micronaut.security.authentication.Authentication;

/** Turns the token's authentication into a {@link Caller}. */
public final class Callers {
    private Callers() {
    }

    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("A token without a role"));
        Object state = authentication.getAttributes().get(DatabaseAuthenticationProvider.MEMBER_STATE_CLAIM);
        return new Caller(authentication.getName(), role, state == null ? null : state.toString());
    }
}
