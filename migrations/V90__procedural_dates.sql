-- The official record (issue 22): every procedural step carries the date (and, where the UN
-- records one, the meeting) on which it happened, not the server's clock.

-- One row per dated step of a draft, in the order recorded. A step's date is never before the
-- latest date already recorded for the draft (checked in the rules, under the draft's lock).
CREATE TABLE procedural_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id    bigint      NOT NULL REFERENCES draft (id),
    step        text        NOT NULL CHECK (length(step) <= 100),
    on_date     date        NOT NULL,
    meeting     text        CHECK (length(meeting) <= 60),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedural_step_draft ON procedural_step (draft_id, on_date DESC, id DESC);

-- Co-sponsors carry the date they joined: "subsequently joined" is decided by dates.
ALTER TABLE draft_cosponsor ADD COLUMN joined_on date;
UPDATE draft_cosponsor SET joined_on = (joined_at AT TIME ZONE 'America/New_York')::date;
ALTER TABLE draft_cosponsor ALTER COLUMN joined_on SET DEFAULT (now() AT TIME ZONE 'America/New_York')::date;
ALTER TABLE draft_cosponsor ALTER COLUMN joined_on SET NOT NULL;

-- Reports of some sessions print no paragraph: "[on the report of the Third Committee (A/72/440)]".
ALTER TABLE committee_report_entry ALTER COLUMN paragraph DROP NOT NULL;
ALTER TABLE committee_report_entry ADD COLUMN issued_on date;

-- The date the final text is issued ("Distr.: General" and that date).
ALTER TABLE meeting_decision ADD COLUMN issued_on date;

-- Amendments proposed on behalf of a group ("on behalf of the Group of African States").
ALTER TABLE amendment ADD COLUMN on_behalf_of text CHECK (length(on_behalf_of) <= 200);

-- A vote taken out of the saved order of voting because the Committee so decided.
CREATE TABLE voting_order_exception (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id    bigint      NOT NULL REFERENCES draft (id),
    item        text        NOT NULL,
    decision    text        NOT NULL CHECK (length(decision) BETWEEN 1 AND 1000),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX voting_order_exception_draft ON voting_order_exception (draft_id);

-- Procedural motions moved at action (a no-action motion, rule 116), voted before the proposal.
CREATE TABLE procedural_motion (
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    number       integer     NOT NULL CHECK (number >= 1),
    kind         text        NOT NULL CHECK (kind IN ('NO_ACTION')),
    member_state char(3)     REFERENCES member_state (code),
    status       text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ADOPTED', 'REJECTED')),
    moved_by     text        NOT NULL,
    moved_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (draft_id, number)
);

-- Informal proposals still pending when a draft is tabled lapse.
ALTER TABLE amendment DROP CONSTRAINT amendment_status_check;
ALTER TABLE amendment ADD CONSTRAINT amendment_status_check
    CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED', 'ADOPTED', 'MOOT', 'LAPSED'));
