-- Every decision taken in a meeting: on a draft, an amendment, a paragraph (division) or a motion.
CREATE TABLE recorded_decision (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    subject_type text        NOT NULL CHECK (subject_type IN ('DRAFT', 'AMENDMENT', 'DIVISION', 'MOTION', 'PLENARY')),
    subject_ref  text,
    method       text        NOT NULL CHECK (method IN ('WITHOUT_VOTE', 'RECORDED_VOTE')),
    adopted      boolean     NOT NULL,
    yes          integer,
    no           integer,
    abstain      integer,
    absent       integer,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recorded_decision_draft ON recorded_decision (draft_id, id);

CREATE TABLE recorded_ballot (
    decision_id  bigint  NOT NULL REFERENCES recorded_decision (id),
    member_state char(3) NOT NULL REFERENCES member_state (code),
    ballot       text    NOT NULL CHECK (ballot IN ('YES', 'NO', 'ABSTAIN', 'ABSENT')),
    PRIMARY KEY (decision_id, member_state)
);
