package org.draftroom.lifecycle.engine;

import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

import java.util.List;
import java.util.Map;

/**
 * The draft's process instance in {@code draft-lifecycle.bpmn20.xml}. Use cases change the draft's
 * rows first, then move the process: gateways read the new stage through {@link LifecycleRoutes},
 * so every decision stays in Java and process variables hold the draft id only. Engine commands
 * join the caller's transaction.
 */
@Singleton
public class DraftProcess {
    public static final String KEY = "draftLifecycle";
    /** The co-sponsorship branch's user tasks: open without a deadline, open until the deadline. */
    static final List<String> CO_SPONSORSHIP_TASKS = List.of("openForCoSponsors", "openUntilDeadline");
    private final RuntimeService runtime;
    private final TaskService tasks;

    DraftProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the draft's process; answers the process instance id. */
    public String start(long draftId) {
        return runtime.startProcessInstanceByKey(KEY, String.valueOf(draftId), Map.of("draftId", draftId)).getId();
    }

    /** The draft has left {@code from} (its row already says where it went): the process follows. */
    public void left(Draft draft, Stage from) {
        from.task().ifPresent(task -> complete(draft, task));
    }

    /** The co-sponsorship list changed (deadline set, closed): the branch re-reads it. */
    public void coSponsorshipChanged(Draft draft) {
        CO_SPONSORSHIP_TASKS.forEach(task -> complete(draft, task));
    }

    /** The ids of the process's active user tasks, for tests and diagnostics. */
    public List<String> activeTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    private void complete(Draft draft, String taskKey) {
        if (draft.processInstanceId() == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(draft.processInstanceId()).taskDefinitionKey(taskKey).list()) {
            tasks.complete(task.getId());
        }
    }
}
