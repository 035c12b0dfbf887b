package org.draftroom.lifecycle.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.lifecycle.app.SettingNumbering;
import org.draftroom.security.Callers;
import org.draftroom.platform.web.api.ProblemResponses;

/**
 * Where a session's numbering of resolutions (or decisions) stands: most numbers of a session are
 * given by the plenary to drafts of other Committees, so the secretariat says which was the last.
 */
@Controller("/api/sessions/{session}/numbering/{kind}")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NumberingController {
    private final SettingNumbering numbering;

    NumberingController(SettingNumbering numbering) {
        this.numbering = numbering;
    }

    /** {@code lastNumber}: the last number given in the session (185: the next is 186). */
    record StandAt(Integer lastNumber) {
    }

    /** Where a session's numbering of resolutions or decisions stands (the secretariat). */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    @Get
    SettingNumbering.Numbering read(@PathVariable int session, @PathVariable String kind) {
        return numbering.read(session, kind);
    }

    /** The secretariat sets where a session's numbering stands (lastNumber 185: the next is 186). */
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooLarge
    @ProblemResponses.UnsupportedMediaType
    @Put
    SettingNumbering.Numbering set(@PathVariable int session, @PathVariable String kind, @Body StandAt body, Authentication auth) {
        return numbering.set(Callers.of(auth), session, kind, body.lastNumber());
    }
}
