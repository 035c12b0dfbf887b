package org.draftroom.security;

import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A row of {@code app_user}. Never leaves the server: controllers answer with their own records. */
@MappedEntity("app_user")
public record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable String memberState,
        boolean active,
        @Version @Nullable Long version) {

    public Caller caller() {
        return new Caller(username, role, memberState);
    }
}
