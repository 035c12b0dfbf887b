-- Amendments to drafts: informal proposals, written and oral amendments, sub-amendments.
-- Operations are kept as one JSON array (paragraph ids, quotes and occurrences, never offsets
-- alone); paragraph_ids lists every paragraph an amendment touches, for filtering and conflicts.
CREATE TABLE amendment (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id         bigint      NOT NULL REFERENCES draft (id),
    number           integer     NOT NULL CHECK (number >= 1),
    parent_number    integer,
    kind             text        NOT NULL CHECK (kind IN ('INFORMAL', 'WRITTEN', 'ORAL')),
    symbol           text UNIQUE,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED', 'ADOPTED', 'MOOT')),
    author           text        NOT NULL,
    member_state     char(3)     NOT NULL REFERENCES member_state (code),
    base_version     integer     NOT NULL,
    anchored_version integer     NOT NULL,
    paragraph_ids    text[]      NOT NULL,
    operations       jsonb       NOT NULL,
    justification    text,
    decision         text,
    decision_reason  text,
    decided_by       text,
    decided_at       timestamptz,
    result_version   integer,
    created_at       timestamptz NOT NULL DEFAULT now(),
    row_version      bigint      NOT NULL DEFAULT 0,
    UNIQUE (draft_id, number),
    FOREIGN KEY (draft_id, parent_number) REFERENCES amendment (draft_id, number)
);
CREATE INDEX amendment_by_status ON amendment (draft_id, status, number);
CREATE INDEX amendment_by_state ON amendment (draft_id, member_state, number);
CREATE INDEX amendment_by_paragraph ON amendment USING gin (paragraph_ids);

-- Next amendment and division number per draft.
CREATE TABLE amendment_counter (
    draft_id        bigint  PRIMARY KEY REFERENCES draft (id),
    last_amendment  integer NOT NULL DEFAULT 0,
    last_division   integer NOT NULL DEFAULT 0
);

CREATE TABLE amendment_cosponsor (
    amendment_id bigint  NOT NULL REFERENCES amendment (id),
    member_state char(3) NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (amendment_id, member_state)
);

-- Pending amendments that compete on a paragraph; one row per pair (lower number first) and paragraph.
CREATE TABLE amendment_competition (
    draft_id     bigint  NOT NULL REFERENCES draft (id),
    first_number  integer NOT NULL,
    second_number integer NOT NULL,
    paragraph_id text    NOT NULL,
    PRIMARY KEY (draft_id, first_number, second_number, paragraph_id),
    CHECK (first_number < second_number)
);
CREATE INDEX amendment_competition_second ON amendment_competition (draft_id, second_number);

-- Requests for division: a separate vote on one paragraph before the draft as a whole.
CREATE TABLE division_request (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    number       integer     NOT NULL,
    paragraph_id text        NOT NULL,
    label        text        NOT NULL,
    requested_by text        NOT NULL,
    member_state char(3)     REFERENCES member_state (code),
    status       text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RETAINED', 'DELETED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (draft_id, number)
);

-- The order of voting as the secretariat settled it ("A3", "D1", ...).
CREATE TABLE voting_order (
    draft_id   bigint      PRIMARY KEY REFERENCES draft (id),
    refs       text[]      NOT NULL,
    set_by     text        NOT NULL,
    set_at     timestamptz NOT NULL DEFAULT now()
);
