-- Where each pending amendment falls in its paragraphs (issue 5, conflicts): one row per
-- footprint of an operation (words [start_at, end_at) of the paragraph's full text, the whole
-- paragraph, its removal, its move, or its use as an anchor), with a fingerprint of the text
-- the positions refer to. A new proposal asks only for the footprints that may compete with its
-- own instead of reading and re-parsing every pending amendment on its paragraphs; the rule
-- itself (org.draftroom.amendment.model.Footprint#competesWith) decides in Java. Rows exist only
-- while the amendment is pending.
CREATE TABLE amendment_footprint (
    amendment_id     bigint  NOT NULL REFERENCES amendment (id),
    draft_id         bigint  NOT NULL,
    number           integer NOT NULL,
    parent_number    integer,
    paragraph_id     text    NOT NULL,
    effect           text    NOT NULL CHECK (effect IN ('WORDS', 'WHOLE', 'REMOVES', 'MOVES', 'ANCHOR')),
    start_at         integer NOT NULL CHECK (start_at >= 0),
    end_at           integer NOT NULL CHECK (end_at >= start_at),
    text_fingerprint bigint  NOT NULL
);
CREATE INDEX amendment_footprint_by_paragraph ON amendment_footprint (draft_id, paragraph_id);
CREATE INDEX amendment_footprint_by_amendment ON amendment_footprint (amendment_id);

-- An amendment that is no longer pending competes with nothing.
CREATE FUNCTION amendment_footprint_forget() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM amendment_footprint WHERE amendment_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER amendment_footprint_forget AFTER UPDATE OF status ON amendment
    FOR EACH ROW WHEN (OLD.status = 'PENDING' AND NEW.status <> 'PENDING')
    EXECUTE FUNCTION amendment_footprint_forget();
