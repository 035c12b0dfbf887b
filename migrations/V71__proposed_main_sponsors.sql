-- States printed as main sponsors of a text a delegation imported: proposed, not main sponsors,
-- until each State's own delegate confirms (issue 16). The secretariat's imports name them at once.
CREATE TABLE draft_proposed_sponsor (
    draft_id     bigint      NOT NULL REFERENCES draft (id),
    member_state char(3)     NOT NULL REFERENCES member_state (code),
    proposed_by  text        NOT NULL,
    PRIMARY KEY (draft_id, member_state)
);
