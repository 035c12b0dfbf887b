-- The draft's lifecycle (issue 4): co-sponsorship, symbols, resolution numbers, and what the
-- secretariat records at action, in the report and in plenary. Decisions themselves are rows of
-- recorded_decision (subject types DRAFT, MOTION, PLENARY).

-- One row per co-sponsoring State: two delegates of one State joining at once give one row.
CREATE TABLE draft_cosponsor (
    draft_id      bigint      NOT NULL REFERENCES draft (id),
    member_state  char(3)     NOT NULL REFERENCES member_state (code),
    joined_by     text        NOT NULL,
    joined_at     timestamptz NOT NULL DEFAULT now(),
    after_tabling boolean     NOT NULL,
    PRIMARY KEY (draft_id, member_state)
);

-- The list of co-sponsors of a draft: an optional deadline, and when and why it closed.
CREATE TABLE cosponsorship_list (
    draft_id      bigint PRIMARY KEY REFERENCES draft (id),
    deadline      timestamptz,
    closed_at     timestamptz,
    closed_reason text CHECK (closed_reason IN ('DEADLINE', 'ACTION', 'WITHDRAWN'))
);

-- Last number given in a series: 'A/C.3/80/L.' for Third Committee drafts of the 80th session,
-- 'A/80/L.' for plenary drafts, 'A/RES/80/' for resolutions of the 80th session. A new number
-- is taken with INSERT ... ON CONFLICT DO UPDATE ... RETURNING, which locks the counter row
-- until the transaction ends, so concurrent tablings get distinct numbers and none is lost.
CREATE TABLE number_series (
    series      text PRIMARY KEY,
    last_number integer NOT NULL CHECK (last_number >= 0)
);

-- Every symbol a draft has carried: L.20, then L.20/Rev.1 ...
CREATE TABLE draft_symbol (
    draft_id       bigint      NOT NULL REFERENCES draft (id),
    symbol         text        NOT NULL UNIQUE,
    kind           text        NOT NULL CHECK (kind IN ('TABLED', 'REVISED')),
    issued_on      date        NOT NULL,
    version_number integer     NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (draft_id, symbol)
);

-- Statements of programme budget implications (rule 153).
CREATE TABLE pbi_statement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id    bigint      NOT NULL REFERENCES draft (id),
    symbol      text,
    paragraphs  text[]      NOT NULL,
    statement   text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pbi_statement_draft ON pbi_statement (draft_id, id);

-- Explanations of vote, before or after the vote (rule 128).
CREATE TABLE vote_explanation (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    member_state char(3)     NOT NULL REFERENCES member_state (code),
    timing       text        NOT NULL CHECK (timing IN ('BEFORE', 'AFTER')),
    text         text        NOT NULL,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vote_explanation_draft ON vote_explanation (draft_id, id);

-- The Committee's report recommending the draft: A/80/463, para. 26, draft resolution IV.
CREATE TABLE committee_report_entry (
    draft_id       bigint PRIMARY KEY REFERENCES draft (id),
    report_symbol  text        NOT NULL,
    paragraph      integer     NOT NULL CHECK (paragraph > 0),
    recommendation text        NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

-- Meeting and date of the Committee's and the plenary's decisions; the resolution's number.
CREATE TABLE meeting_decision (
    decision_id       bigint PRIMARY KEY REFERENCES recorded_decision (id),
    draft_id          bigint      NOT NULL REFERENCES draft (id),
    meeting           text,
    decided_on        date        NOT NULL,
    resolution_number text UNIQUE
);
CREATE INDEX meeting_decision_draft ON meeting_decision (draft_id);
