-- A statement of programme budget implications names operative paragraphs; when their words
-- change after the statement (an accepted amendment, a revision), the draft shows that the
-- statement may no longer match until the secretariat confirms it for the new words (or records
-- a new statement). A confirmation names the version whose words the statement was checked against.
CREATE TABLE pbi_confirmation (
    pbi_id       bigint      PRIMARY KEY REFERENCES pbi_statement (id),
    confirmed_on integer     NOT NULL,
    note         text        CHECK (length(note) <= 1000),
    confirmed_by text        NOT NULL,
    confirmed_at timestamptz NOT NULL DEFAULT now(),
    row_version  bigint      NOT NULL DEFAULT 1
);
