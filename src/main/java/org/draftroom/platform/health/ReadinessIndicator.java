package org.draftroom.platform.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.DatabaseWatch;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready to serve ({@code /health/readiness}, and part of {@code /health}): the database answered
 * within the last checks ({@link DatabaseWatch}) and the engine's job executor, which fires the
 * BPMN timers, is running. Answers from what the watch last saw, so it never waits on the database.
 */
@Singleton
@Readiness
class ReadinessIndicator implements HealthIndicator {
    private final DatabaseWatch database;
    private final ProcessEngine engine;

    ReadinessIndicator(DatabaseWatch database, ProcessEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean databaseUp = database.isUp();
        AsyncExecutor jobs = engine.getProcessEngineConfiguration().getAsyncExecutor();
        boolean jobsUp = jobs != null && jobs.isActive();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", databaseUp ? "UP" : "DOWN");
        if (!databaseUp) {
            details.put("databaseProblem", database.problem());
        }
        details.put("databaseCheckedAt", database.checkedAt().toString());
        details.put("jobExecutor", jobsUp ? "UP" : "DOWN");
        return Publishers.just(HealthResult.builder("draftroom", databaseUp && jobsUp ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
