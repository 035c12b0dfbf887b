-- Exports in flight, one row each, so that a user's limit on concurrent exports (Word, Akoma Ntoso,
-- print, the audit trail) holds across every server on this database (issue 16). A row is deleted
-- when its export ends; a row left by a server that crashed lapses at expires_at.
CREATE TABLE export_lease (
    id         bigserial   PRIMARY KEY,
    username   text        NOT NULL,
    server     text        NOT NULL,
    what       text        NOT NULL,
    taken_at   timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX export_lease_username ON export_lease (username);
