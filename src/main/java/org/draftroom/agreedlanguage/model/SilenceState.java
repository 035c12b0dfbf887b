package org.draftroom.agreedlanguage.model;

/** Where a silence procedure stands. */
public enum SilenceState {
    /** The version is under silence until its deadline; delegations may still break it. */
    UNDER_SILENCE("under silence"),
    /** The deadline came and no delegation broke silence: the version is agreed under silence. */
    HELD("held"),
    /** The deadline came after one or more delegations broke silence: back to consultations. */
    BROKEN("broken");

    private final String json;

    SilenceState(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
