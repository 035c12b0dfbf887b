package org.draftroom.draft.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a draft is in its life, stored as text in {@code draft.stage}. Each open stage is a user
 * task of the same id in {@code workflows/draft-lifecycle.bpmn20.xml}; final stages end the process.
 */
public enum Stage {
    /** Informal consultations on a zero draft, led by a facilitator. */
    CONSULTATIONS("consultations"),
    /** Submitted and issued under its L. symbol; the text is frozen but for revisions. */
    TABLED("tabled"),
    /** The Committee has opened action: co-sponsorship is closed; oral revisions, amendment votes and the decision. */
    IN_ACTION("inAction"),
    /** Action deferred (for instance after a statement of programme budget implications). */
    DEFERRED("deferred"),
    /** Approved by the Committee, waiting for its report. */
    APPROVED_BY_COMMITTEE("approvedByCommittee"),
    REJECTED_BY_COMMITTEE(null),
    /** A motion for no action was adopted (rule 116). */
    NO_ACTION(null),
    /** Withdrawn by its main sponsors (rule 122). */
    WITHDRAWN(null),
    /** Recommended in the Committee's report, waiting for the plenary. */
    REPORTED("reported"),
    /** Adopted by the General Assembly; also imported resolutions. */
    ADOPTED(null),
    REJECTED_IN_PLENARY(null);

    private final String task;

    Stage(String task) {
        this.task = task;
    }

    /** The id of the process's user task for this stage; empty for final stages. */
    public Optional<String> task() {
        return Optional.ofNullable(task);
    }

    public boolean isFinal() {
        return task == null;
    }

    public static Optional<Stage> parse(String stored) {
        return Arrays.stream(values()).filter(s -> s.name().equals(stored)).findFirst();
    }
}
