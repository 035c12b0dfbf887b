-- An insertion of words before or after quoted words depends on those words (issue 5, conflicts):
-- deleting or rewriting them leaves it nowhere to go, so the two compete. Its footprint is now the
-- quoted words with the side it inserts on (INSERTS_BEFORE, INSERTS_AFTER), no longer an empty
-- range at the insertion point, and its reach covers the quoted words.
ALTER TABLE amendment_footprint DROP CONSTRAINT amendment_footprint_effect_check;
ALTER TABLE amendment_footprint ADD CONSTRAINT amendment_footprint_effect_check
    CHECK (effect IN ('WORDS', 'INSERTS_BEFORE', 'INSERTS_AFTER', 'WHOLE', 'REMOVES', 'MOVES', 'ANCHOR'));

DROP INDEX amendment_footprint_reach;
ALTER TABLE amendment_footprint DROP COLUMN reach;
ALTER TABLE amendment_footprint
    ADD COLUMN reach int4range GENERATED ALWAYS AS (
        CASE WHEN effect IN ('WORDS', 'INSERTS_BEFORE', 'INSERTS_AFTER') THEN int4range(start_at, end_at, '[]')
             ELSE 'empty'::int4range END) STORED;
CREATE INDEX amendment_footprint_reach ON amendment_footprint
    USING gist (draft_id, paragraph_id, text_fingerprint, reach);

-- Insertions stored as points: their amendments' footprints are placed again at the next start
-- (FootprintBackfill places those of every pending amendment that has none).
DELETE FROM amendment_footprint
 WHERE amendment_id IN (SELECT amendment_id FROM amendment_footprint WHERE effect = 'WORDS' AND start_at = end_at);
