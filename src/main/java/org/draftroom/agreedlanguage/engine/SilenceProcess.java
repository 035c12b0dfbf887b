package org.draftroom.agreedlanguage.engine;

import jakarta.inject.Singleton;
import org.flowable.engine.RuntimeService;

import java.util.Map;

/**
 * A silence's process instance in {@code workflows/silence-procedure.bpmn20.xml}: it waits on a
 * timer until the deadline, then closes the silence. Started in the caller's transaction, so the
 * silence's row and the timer's job commit together.
 */
@Singleton
public class SilenceProcess {
    public static final String KEY = "silenceProcedure";
    private final RuntimeService runtime;

    SilenceProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process of a silence (variables: its id only); answers the process instance id. */
    public String start(long silenceId) {
        return runtime.startProcessInstanceByKey(KEY, String.valueOf(silenceId), Map.of("silenceId", silenceId)).getId();
    }
}
