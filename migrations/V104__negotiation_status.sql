-- The facilitator's negotiation status of each paragraph of a draft: open, agreed ad referendum,
-- or bracketed with the disputed words. A status holds for the words it was given on
-- (marked_text): once the paragraph's words change (an accepted amendment, a revision) it reads
-- open again.
CREATE TABLE paragraph_status (
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    paragraph_id text        NOT NULL CHECK (length(paragraph_id) <= 100),
    status       text        NOT NULL CHECK (status IN ('OPEN', 'AGREED_AD_REF', 'BRACKETED')),
    brackets     text[]      NOT NULL DEFAULT '{}',
    marked_text  text        NOT NULL,
    marked_on    integer     NOT NULL,
    reason       text        CHECK (length(reason) <= 1000),
    changed_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    row_version  bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (draft_id, paragraph_id)
);
