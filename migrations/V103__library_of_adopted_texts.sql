-- The library of adopted texts: every adopted resolution, indexed per paragraph, so that the
-- provenance of a draft's paragraphs is found among hundreds of thousands in a few look-ups.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE library_text (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the draft it was adopted as (or imported as, for an A/RES text); null for texts loaded in bulk
    draft_id          bigint UNIQUE REFERENCES draft (id),
    version_number    integer,
    symbol            text    NOT NULL CHECK (length(symbol) <= 100),
    resolution_number text    CHECK (length(resolution_number) <= 20),
    session           integer,
    title             text    CHECK (length(title) <= 2000),
    adopted_on        date,
    indexed_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE library_paragraph (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text_id   bigint  NOT NULL REFERENCES library_text (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    label     text    NOT NULL,
    full_text text    NOT NULL,
    -- a hash of the paragraph's words in order (agreedlanguage.model.Wording): verbatim look-ups
    words_key bigint  NOT NULL,
    UNIQUE (text_id, position)
);
CREATE INDEX library_paragraph_words ON library_paragraph (words_key);

-- The MinHash bands of each paragraph's word pairs (agreedlanguage.model.Sketch), one row per
-- band: near relatives are counted from the index alone (band, then paragraph and draft), without
-- reading the paragraphs. draft_id repeats the text's, so that a draft's own text is left out
-- before the closest are ranked. No foreign key: rows go with their text (LibraryStore.put).
CREATE TABLE library_band (
    band         bigint NOT NULL,
    paragraph_id bigint NOT NULL,
    draft_id     bigint
);
CREATE INDEX library_band_lookup ON library_band (band) INCLUDE (paragraph_id, draft_id);
CREATE INDEX library_band_draft ON library_band (draft_id) WHERE draft_id IS NOT NULL;
-- searching the library by words a negotiator remembers
CREATE INDEX library_paragraph_trigrams ON library_paragraph USING gin (full_text gin_trgm_ops);
