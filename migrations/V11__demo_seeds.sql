-- Which demo texts have been imported (demo mode only), so a restart does not import them again.
CREATE TABLE demo_seed (
    name        text PRIMARY KEY,
    draft_id    bigint      NOT NULL REFERENCES draft (id),
    imported_at timestamptz NOT NULL DEFAULT now()
);
