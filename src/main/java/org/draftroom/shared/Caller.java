package org.draftroom.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is making a request: plain data that feature rules can check without any framework.
 *
 * @param username    the account's name
 * @param role        its role
 * @param memberState the Member State's alpha-3 code, for delegates only
 */
public record Caller(String username, Role role, String memberState) {
    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if ((role == Role.DELEGATE) != (memberState != null)) {
            throw new IllegalArgumentException("A delegate, and only a delegate, acts for a Member State");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    public Optional<String> delegation() {
        return Optional.ofNullable(memberState);
    }

    /** True for a delegate acting for the given State. */
    public boolean actsFor(String memberStateCode) {
        return memberState != null && memberState.equals(memberStateCode);
    }
}
