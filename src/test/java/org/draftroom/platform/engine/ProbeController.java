package org.draftroom.platform.engine;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.shared.Role;
import org.flowable.engine.RuntimeService;

import java.util.Map;

/** Test-only endpoint: one request that writes a domain row and starts a process, then maybe fails. */
@Controller("/test/probe")
@Requires(env = "test")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProbeController {
    private final UserAccountRepository users;
    private final RuntimeService runtime;

    ProbeController(UserAccountRepository users, RuntimeService runtime) {
        this.users = users;
        this.runtime = runtime;
    }

    @Post
    @Transactional
    Map<String, String> probe(@QueryValue String name, @QueryValue boolean fail) {
        users.save(new UserAccount(null, name, "x", Role.FACILITATOR, null, true, null));
        String instance = runtime.startProcessInstanceByKey("probe", name).getId();
        if (fail) {
            throw new IllegalStateException("failing on purpose after both writes");
        }
        return Map.of("instance", instance);
    }
}
