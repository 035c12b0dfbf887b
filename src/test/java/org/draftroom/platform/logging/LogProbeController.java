package org.draftroom.platform.logging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tests only: logs one line while serving a request, on the blocking threads the API runs on. */
@Requires(env = Environment.TEST)
@Controller("/test/log-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
class LogProbeController {
    static final Logger LOG = LoggerFactory.getLogger("org.draftroom.test.LogProbe");

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    String probe() {
        LOG.info("log probe served");
        return "logged";
    }
}
