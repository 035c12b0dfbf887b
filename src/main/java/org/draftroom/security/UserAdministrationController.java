package org.draftroom.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;
import java.util.List;

/** Accounts, managed by administrators. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserAdministrationController {
    private final CreatingUser creatingUser;
    private final UserAccountRepository users;

    UserAdministrationController(CreatingUser creatingUser, UserAccountRepository users) {
        this.creatingUser = creatingUser;
        this.users = users;
    }

    record NewUserRequest(String username, String password, Role role, String memberState) {
    }

    record UserResponse(String username, Role role, String memberState, boolean active) {
        static UserResponse of(UserAccount account) {
            return new UserResponse(account.username(), account.role(), account.memberState(), account.active());
        }
    }

    @Post
    @Secured("ADMIN")
    HttpResponse<UserResponse> create(@Body NewUserRequest request, Authentication authentication) {
        UserAccount created = creatingUser.create(Callers.of(authentication),
                new CreatingUser.NewUser(request.username(), request.password(), request.role(), request.memberState()));
        return HttpResponse.created(UserResponse.of(created), URI.create("/api/users/" + created.username()));
    }

    @Get
    @Secured({"ADMIN", "SECRETARIAT"})
    List<UserResponse> list() {
        return users.findAll().stream().map(UserResponse::of).toList();
    }
}
