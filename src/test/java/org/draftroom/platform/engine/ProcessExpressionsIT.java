package org.draftroom.platform.engine;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProcessExpressionsIT {
    @Inject
    RuntimeService runtime;
    @Inject
    ProbeRecorder recorder;

    @Test
    void a_process_expression_calls_a_micronaut_bean_by_its_name() {
        runtime.startProcessInstanceByKey("probeExpression", "expression-42");
        assertThat(recorder.recorded).contains("expression-42");
    }
}
