-- Accounts of delegates, facilitators, the secretariat and administrators.
-- A delegate is bound to exactly one Member State (checked once member_state exists, in V2+).
CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('DELEGATE', 'FACILITATOR', 'SECRETARIAT', 'ADMIN')),
    member_state  char(3),
    active        boolean     NOT NULL DEFAULT true,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'DELEGATE') = (member_state IS NOT NULL))
);
