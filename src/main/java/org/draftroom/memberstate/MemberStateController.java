package org.draftroom.memberstate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

@Controller("/api/member-states")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberStateController {
    private final MemberStates memberStates;

    MemberStateController(MemberStates memberStates) {
        this.memberStates = memberStates;
    }

    record MemberStateResponse(String code, String name, boolean observer) {
    }

    @Get
    List<MemberStateResponse> list() {
        return memberStates.all().stream()
                .map(s -> new MemberStateResponse(s.code(), s.name(), s.observer()))
                .toList();
    }
}
