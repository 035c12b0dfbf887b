package org.draftroom.platform.engine;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only bean that a process expression calls by name. */
@Singleton
@Named("probeRecorder")
@Requires(env = "test")
public class ProbeRecorder {
    final List<String> recorded = new CopyOnWriteArrayList<>();

    public void record(String businessKey) {
        recorded.add(businessKey);
    }
}
