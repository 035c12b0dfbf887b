-- A proposal reads the footprints that may compete with its own (issue 5, conflicts under load).
-- With one index on (draft, paragraph) that read walked every footprint of the paragraph, and a
-- popular paragraph gathers hundreds: about 1.3 ms a proposal. Each footprint now has its reach,
-- the words it touches as a closed range ('empty' for the footprints that are not words), and a
-- GiST index over (draft, paragraph, text fingerprint, reach) finds the words that overlap a
-- proposal's words on the same text without visiting the others. Footprints taken on another
-- text of the paragraph are found by fingerprint, on either side of the current one; the few
-- removals, rewrites and moves of whole paragraphs have an index of their own. btree_gist (a
-- contrib module of PostgreSQL, trusted since 13) lets one GiST index carry the equality columns
-- with the range.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE amendment_footprint
    ADD COLUMN reach int4range GENERATED ALWAYS AS (
        CASE WHEN effect = 'WORDS' THEN int4range(start_at, end_at, '[]') ELSE 'empty'::int4range END) STORED;

DROP INDEX amendment_footprint_by_paragraph;
CREATE INDEX amendment_footprint_by_text ON amendment_footprint (draft_id, paragraph_id, text_fingerprint);
CREATE INDEX amendment_footprint_reach ON amendment_footprint
    USING gist (draft_id, paragraph_id, text_fingerprint, reach);
CREATE INDEX amendment_footprint_whole_paragraph ON amendment_footprint (draft_id, paragraph_id)
    WHERE effect IN ('WHOLE', 'REMOVES', 'MOVES');
