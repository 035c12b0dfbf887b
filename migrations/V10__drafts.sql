-- Drafts and their immutable versions. A version holds the whole structured text as one
-- JSON document, so reading a version of any length is one query.
CREATE TABLE draft (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title               text        NOT NULL,
    session             integer,
    committee           text,
    agenda_item_number  integer,
    agenda_item_title   text,
    symbol              text UNIQUE,
    stage               text        NOT NULL,
    current_version     integer     NOT NULL DEFAULT 1,
    facilitator         text,
    process_instance_id text,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    row_version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX draft_listing ON draft (session, committee, stage);

CREATE TABLE draft_main_sponsor (
    draft_id     bigint  NOT NULL REFERENCES draft (id),
    member_state char(3) NOT NULL REFERENCES member_state (code),
    PRIMARY KEY (draft_id, member_state)
);

CREATE TABLE draft_version (
    draft_id   bigint      NOT NULL REFERENCES draft (id),
    number     integer     NOT NULL CHECK (number >= 1),
    label      text        NOT NULL,
    kind       text        NOT NULL,
    document   jsonb       NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (draft_id, number)
);

-- Versions are immutable once written.
CREATE FUNCTION draft_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'draft versions are immutable';
END $$;
CREATE TRIGGER draft_version_no_update BEFORE UPDATE OR DELETE ON draft_version
    FOR EACH ROW EXECUTE FUNCTION draft_version_is_immutable();
