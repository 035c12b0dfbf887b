-- The audit trail (issue 6): one hash-chained, append-only entry per state change.
--
-- Every entry stores the SHA-256 of its canonical content, which includes the previous entry's
-- hash; the canonical content is defined in org.draftroom.audit.chain.EntryHasher and built
-- identically here (audit_canonical) when appending, so the lock is held for one round trip;
-- the verifier recomputes it in Java, independently. The payload
-- column is `json` (not jsonb) on purpose: json keeps the exact text that was hashed, while
-- still being validated and queryable (payload->>'symbol', payload::jsonb).
--
-- One linear chain, even under concurrent commits: audit_head is a single row holding the last
-- seq and hash. A writer calls audit_append, which takes the chain lock, reads the head,
-- hashes and inserts; the insert trigger checks that the entry extends the head and moves the
-- head. The lock is held until the writer's transaction ends, so the next writer
-- sees the committed head, and a rolled-back writer leaves neither entry nor gap.
-- Entries refuse UPDATE, DELETE and TRUNCATE; the head moves only through that insert trigger.

CREATE TABLE audit_entry (
    seq          bigint      PRIMARY KEY CHECK (seq > 0),
    occurred_at  timestamptz NOT NULL,
    username     text        NOT NULL,
    role         text,
    member_state text,
    draft_id     bigint,
    event_type   text        NOT NULL,
    payload      json        NOT NULL,
    request_id   text,
    prev_hash    text        NOT NULL,
    hash         text        NOT NULL
);

CREATE INDEX audit_entry_by_draft ON audit_entry (draft_id, seq) WHERE draft_id IS NOT NULL;
CREATE INDEX audit_entry_by_member_state ON audit_entry (member_state, seq) WHERE member_state IS NOT NULL;
CREATE INDEX audit_entry_by_username ON audit_entry (username, seq);
CREATE INDEX audit_entry_by_type ON audit_entry (event_type, seq);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);

CREATE TABLE audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint  NOT NULL,
    hash      text    NOT NULL
);
INSERT INTO audit_head (singleton, seq, hash) VALUES (true, 0, repeat('0', 64));

-- The canonical content of an entry, character for character as
-- org.draftroom.audit.chain.EntryHasher builds it (which the verifier uses):
-- [1,seq,"occurredAt","username",role,memberState,draftId,"type",payload,requestId,"prevHash"]
-- with to_json's string escaping, null for absent values, UTC time with six fraction digits,
-- and the stored payload text verbatim.
CREATE FUNCTION audit_canonical(p_seq bigint, p_at timestamptz, p_username text, p_role text, p_member_state text,
                                p_draft_id bigint, p_type text, p_payload text, p_request_id text, p_prev_hash text)
    RETURNS text
    LANGUAGE sql STABLE AS
$$
SELECT '[1,' || p_seq::text
    || ',"' || to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '",'
    || to_json(p_username)::text || ','
    || coalesce(to_json(p_role)::text, 'null') || ','
    || coalesce(to_json(p_member_state)::text, 'null') || ','
    || coalesce(p_draft_id::text, 'null') || ','
    || to_json(p_type)::text || ','
    || p_payload || ','
    || coalesce(to_json(p_request_id)::text, 'null') || ','
    || to_json(p_prev_hash)::text || ']'
$$;

-- Appends an entry in one round trip: takes the chain lock for the rest of the transaction (a
-- transaction-level advisory lock, key (1096107092, 1) = ('AUDT', 1), granted in FIFO order),
-- reads the head, takes the database time after the lock (so times follow the chain), hashes
-- (SHA-256 of the UTF-8 canonical content, lower-case hex) and inserts.
CREATE FUNCTION audit_append(p_username text, p_role text, p_member_state text, p_draft_id bigint, p_type text,
                             p_payload text, p_request_id text, OUT new_seq bigint, OUT new_hash text)
    LANGUAGE plpgsql AS
$$
DECLARE
    head audit_head;
    at   timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    SELECT * INTO head FROM audit_head WHERE singleton;
    at := clock_timestamp();
    new_seq := head.seq + 1;
    new_hash := encode(sha256(convert_to(audit_canonical(new_seq, at, p_username, p_role, p_member_state, p_draft_id,
        p_type, p_payload, p_request_id, head.hash), 'UTF8')), 'hex');
    INSERT INTO audit_entry (seq, occurred_at, username, role, member_state, draft_id, event_type, payload,
                             request_id, prev_hash, hash)
    VALUES (new_seq, at, p_username, p_role, p_member_state, p_draft_id, p_type, p_payload::json, p_request_id,
            head.hash, new_hash);
END
$$;

-- An entry must extend the head: next seq, previous hash. It then becomes the head.
CREATE FUNCTION audit_entry_extend_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head audit_head;
BEGIN
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    SELECT * INTO head FROM audit_head WHERE singleton FOR UPDATE;
    IF NEW.seq <> head.seq + 1 OR NEW.prev_hash <> head.hash THEN
        RAISE EXCEPTION 'audit entry % does not extend the chain, whose head is entry %', NEW.seq, head.seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE singleton;
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The head may only be updated by the insert trigger above (trigger depth 2).
CREATE FUNCTION audit_head_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit chain head moves only when an entry is appended: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_extend_head();
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_guard();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
