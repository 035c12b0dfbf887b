package org.draftroom.memberstate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.draftroom.shared.Refusal;
import org.draftroom.platform.web.api.ProblemResponses;

@Controller("/api/member-states")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberStateController {
    private final MemberStates memberStates;

    MemberStateController(MemberStates memberStates) {
        this.memberStates = memberStates;
    }

    record MemberStateResponse(String code, String name, boolean observer) {
    }

    /** {@code ?on=2017-12-19}: each State under the name the UN used on that day (today's names without it). */
    @ProblemResponses.Unprocessable
    @Get
    List<MemberStateResponse> list(@Nullable @QueryValue String on) {
        LocalDate day = day(on);
        return memberStates.all().stream()
                .map(s -> new MemberStateResponse(s.code(), memberStates.nameOn(s.code(), day), s.observer()))
                .toList();
    }

    private static LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.unprocessable("not-a-date", "on is a day such as 2017-12-19").with("field", "on");
        }
    }
}
