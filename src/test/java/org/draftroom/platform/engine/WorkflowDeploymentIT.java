package org.draftroom.platform.engine;

import io.micronaut.context.ApplicationContext;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowDeploymentIT {

    private static final String DROPPED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://draftroom.org/test">
              <process id="dropped" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f" sourceRef="start" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @Test
    void a_bpmn_file_dropped_into_the_workflows_folder_is_deployed_at_startup_and_not_again_on_restart(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("dropped.bpmn20.xml"), DROPPED);
        Map<String, Object> settings = Map.of("draftroom.workflows.dir", folder.toString(), "micronaut.server.port", -1);

        try (ApplicationContext first = ApplicationContext.run(settings, "test")) {
            RepositoryService repository = first.getBean(RepositoryService.class);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dropped").count()).isEqualTo(1);
            assertThat(repository.createDeploymentQuery().deploymentName("dropped.bpmn20.xml").count()).isEqualTo(1);
        }
        try (ApplicationContext restarted = ApplicationContext.run(settings, "test")) {
            RepositoryService repository = restarted.getBean(RepositoryService.class);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dropped").count()).isEqualTo(1);
            assertThat(repository.createDeploymentQuery().deploymentName("dropped.bpmn20.xml").count()).isEqualTo(1);
        }
        Files.writeString(folder.resolve("dropped.bpmn20.xml"), DROPPED.replace("id=\"end\"/>", "id=\"end\" name=\"Changed\"/>"));
        try (ApplicationContext changed = ApplicationContext.run(settings, "test")) {
            RepositoryService repository = changed.getBean(RepositoryService.class);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dropped").count())
                    .as("a changed file is a new version").isEqualTo(2);
        }
    }
}
