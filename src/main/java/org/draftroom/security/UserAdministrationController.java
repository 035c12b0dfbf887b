package org.draftroom.security;

import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;
import java.util.List;
import org.draftroom.platform.web.api.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Accounts, managed by administrators. */
@Controller("/api/users")
@ProblemResponses.SignedIn
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
class UserAdministrationController {
    private final CreatingUser creatingUser;
    private final UserAccountRepository users;
    private final ChangingUserRole changingRole;

    UserAdministrationController(CreatingUser creatingUser, UserAccountRepository users, ChangingUserRole changingRole) {
        this.creatingUser = creatingUser;
        this.users = users;
        this.changingRole = changingRole;
    }

    record NewUserRequest(String username, String password, Role role, String memberState) {
    }

    record UserResponse(String username, Role role, String memberState, boolean active, Long version) {
        static UserResponse of(UserAccount account) {
            return new UserResponse(account.username(), account.role(), account.memberState(), account.active(),
                    account.version());
        }
    }

    private static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw org.draftroom.shared.Refusal.badRequest("bad-if-match", "If-Match must be the account's version, e.g. \"3\"");
        }
    }

    /** An administrator creates an account (username, password, role, Member State). Answers 201 with Location. */
    @ApiResponse(responseCode = "201", description = "The account", useReturnTypeSchema = true)
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Post
    @Secured("ADMIN")
    HttpResponse<UserResponse> create(@Body NewUserRequest request, Authentication authentication) {
        UserAccount created = creatingUser.create(Callers.of(authentication),
                new CreatingUser.NewUser(request.username(), request.password(), request.role(), request.memberState()));
        return HttpResponse.created(UserResponse.of(created), URI.create("/api/users/" + created.username()));
    }

    record ChangeUserRequest(Role role, String memberState, Boolean active) {
    }

    /** An administrator changes an account's role, Member State or access. If-Match: the account's version. */
    @ProblemResponses.NotFound
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Patch("/{username}")
    @Secured("ADMIN")
    UserResponse change(@PathVariable String username, @Body ChangeUserRequest request,
                        @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        Long expected = ifMatch == null ? null : version(ifMatch);
        return UserResponse.of(changingRole.change(Callers.of(authentication), username,
                new ChangingUserRole.Change(request.role(), request.memberState(), request.active()), expected));
    }

    /** The accounts (administrators and the secretariat); {@code role}: only the accounts of that role (FACILITATOR: those a draft's facilitator is chosen from). */
    @Get
    @Secured({"ADMIN", "SECRETARIAT"})
    List<UserResponse> list(@Nullable @QueryValue String role) {
        Role only = role == null ? null : role(role);
        return users.findAll().stream().filter(u -> only == null || u.role() == only).map(UserResponse::of).toList();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("invalid-role", "role is one of DELEGATE, FACILITATOR, SECRETARIAT or ADMIN, not '"
                    + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'");
        }
    }
}
