-- The silence procedure (issue 21, item 4): the facilitator assigned to a draft puts a version
-- under silence until a moment; any delegation may break silence with its text before it; the
-- process silenceProcedure (workflows/silence-procedure.bpmn20.xml) waits on a timer in
-- Flowable's job tables and closes it: HELD (the version is agreed under silence) or BROKEN
-- (back to consultations, silence_break lists who broke it and when).
CREATE TABLE silence_procedure (
    id                  bigserial   PRIMARY KEY,
    draft_id            bigint      NOT NULL REFERENCES draft (id),
    version             integer     NOT NULL,
    until               timestamptz NOT NULL,
    state               text        NOT NULL DEFAULT 'UNDER_SILENCE' CHECK (state IN ('UNDER_SILENCE', 'HELD', 'BROKEN')),
    started_by          text        NOT NULL,
    started_at          timestamptz NOT NULL DEFAULT now(),
    closed_at           timestamptz,
    process_instance_id text,
    row_version         bigint      NOT NULL DEFAULT 1,
    CHECK ((state = 'UNDER_SILENCE') = (closed_at IS NULL))
);

-- At most one silence runs on a draft at a time.
CREATE UNIQUE INDEX silence_procedure_running ON silence_procedure (draft_id) WHERE state = 'UNDER_SILENCE';
CREATE INDEX silence_procedure_of_draft ON silence_procedure (draft_id, id DESC);

CREATE TABLE silence_break (
    silence_id   bigint      NOT NULL REFERENCES silence_procedure (id),
    member_state char(3)     NOT NULL REFERENCES member_state (code),
    broken_by    text        NOT NULL,
    broken_at    timestamptz NOT NULL DEFAULT now(),
    text         text        NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    PRIMARY KEY (silence_id, member_state)
);
