-- The audit chain (issues 6, 5, 7, 20), in one place: every function and trigger that makes the
-- audit trail a hash chain, as they stand now. Flyway applies this repeatable migration after the
-- versioned ones, and again whenever this file changes; every statement replaces what it defines,
-- so running it twice changes nothing. Change the chain here, never in a V migration; the tables
-- themselves (audit_entry, audit_head, audit_queue) and their indexes stay in the versioned
-- migrations that created them (V20, V61).
--
-- How it works: a change queues its entry in audit_queue in its own transaction, without any lock
-- (org.draftroom.audit.AuditAppender), so the entry commits or rolls back with the change. The
-- server's sealer (org.draftroom.audit.AuditSealer) calls audit_seal, which takes the chain lock
-- (a transaction-level advisory lock, key (1096107092, 1) = ('AUDT', 1)), moves the committed
-- entries of the queue into audit_entry in queue order, each carrying the SHA-256 of its canonical
-- content including the previous entry's hash, and moves audit_head to the last one. The triggers
-- refuse UPDATE, DELETE and TRUNCATE of entries, an entry that does not extend the chain, a head
-- that does not point at the last entry, and a queued entry leaving the queue except by sealing.
-- An entry about a draft is announced on the channel draft_events once its sealing commits.
-- The canonical content is built identically in Java (org.draftroom.audit.chain.EntryHasher),
-- whose verifier recomputes every hash independently.

-- The canonical content of an entry, character for character as
-- org.draftroom.audit.chain.EntryHasher builds it (which the verifier uses):
-- [1,seq,"occurredAt","username",role,memberState,draftId,"type",payload,requestId,"prevHash"]
-- with to_json's string escaping, null for absent values, UTC time with six fraction digits,
-- and the stored payload text verbatim.
CREATE OR REPLACE FUNCTION audit_canonical(p_seq bigint, p_at timestamptz, p_username text, p_role text, p_member_state text,
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

-- Seals at most p_limit queued entries, oldest first, and moves the head to the last one; answers
-- how many. The chain lock is taken before anything is read, so a sealer sees what the previous
-- one left. It starts from the head; should the head and the last entry disagree (an entry
-- removed behind the triggers' back), the first insert is refused and nothing is sealed: the
-- entries wait in the queue, and the verification shows where the chain was broken.
CREATE OR REPLACE FUNCTION audit_seal(p_limit integer) RETURNS integer
    LANGUAGE plpgsql AS
$$
DECLARE
    queued    audit_queue;
    last_seq  bigint;
    last_hash text;
    sealed integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    PERFORM set_config('draftroom.audit_sealing', 'on', true);
    SELECT h.seq, h.hash INTO last_seq, last_hash FROM audit_head h WHERE h.singleton;
    FOR queued IN SELECT * FROM audit_queue ORDER BY id LIMIT p_limit LOOP
        INSERT INTO audit_entry (seq, occurred_at, username, role, member_state, draft_id, event_type, payload,
                                 request_id, prev_hash, hash)
        VALUES (last_seq + 1, queued.occurred_at, queued.username, queued.role, queued.member_state, queued.draft_id,
                queued.event_type, queued.payload::json, queued.request_id, last_hash,
                encode(sha256(convert_to(audit_canonical(last_seq + 1, queued.occurred_at, queued.username, queued.role,
                    queued.member_state, queued.draft_id, queued.event_type, queued.payload, queued.request_id, last_hash),
                    'UTF8')), 'hex'))
        RETURNING audit_entry.seq, audit_entry.hash INTO last_seq, last_hash;
        DELETE FROM audit_queue WHERE id = queued.id;
        sealed := sealed + 1;
    END LOOP;
    IF sealed > 0 THEN
        UPDATE audit_head SET seq = last_seq, hash = last_hash WHERE singleton;
    END IF;
    PERFORM set_config('draftroom.audit_sealing', 'off', true);
    RETURN sealed;
END
$$;

-- An entry must extend the chain: the next seq after the last entry, and that entry's hash as its
-- previous hash (seq 0 and the genesis hash of audit_head before the first entry). Checked against
-- the last entry itself, so that a batch of entries does not rewrite the head row once per entry;
-- the head moves once per batch, in audit_seal.
CREATE OR REPLACE FUNCTION audit_entry_extend_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    last_seq  bigint;
    last_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        SELECT 0, h.hash INTO last_seq, last_hash FROM audit_head h WHERE h.seq = 0;
    END IF;
    IF NEW.seq <> last_seq + 1 OR NEW.prev_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION 'audit entry % does not extend the chain, whose last entry is %', NEW.seq, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

-- The head may only move to the chain's actual last entry (read backwards from the primary key,
-- which costs the same at any length of the trail).
CREATE OR REPLACE FUNCTION audit_head_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    last_seq  bigint;
    last_hash text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.singleton THEN
        SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
        IF FOUND AND NEW.seq = last_seq AND NEW.hash = last_hash THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit chain head moves only to the last entry appended: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Entries, the head and the queue refuse what would rewrite the past.
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A queued entry leaves the queue only as audit_seal chains it (which says so for its own
-- transaction); any other DELETE is refused.
CREATE OR REPLACE FUNCTION audit_queue_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF current_setting('draftroom.audit_sealing', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'a queued audit entry leaves the queue only when it is sealed: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The event of an entry, as announced on draft_events and as resumed after Last-Event-ID: beside
-- draftId, type and seq, what the entry's payload says of the change (the amendment, its new
-- status, the paragraphs it touches, the draft's version). NOTIFY carries at most 8000 bytes: an
-- event that would be longer keeps draftId, type and seq.
CREATE OR REPLACE FUNCTION audit_entry_event(e audit_entry) RETURNS text
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    p      jsonb := e.payload::jsonb;
    status text := CASE e.event_type
        WHEN 'amendment.proposed' THEN 'PENDING'
        WHEN 'amendment.accepted' THEN 'ACCEPTED'
        WHEN 'amendment.rejected' THEN 'REJECTED'
        WHEN 'amendment.withdrawn' THEN 'WITHDRAWN'
        WHEN 'amendment.lapsed' THEN 'LAPSED'
        END;
    event  text;
BEGIN
    event := jsonb_strip_nulls(jsonb_build_object(
            'draftId', e.draft_id, 'type', e.event_type, 'seq', e.seq,
            'amendment', CASE WHEN e.event_type LIKE 'amendment.%' THEN p -> 'amendment' END,
            'status', status,
            'paragraphs', CASE WHEN jsonb_typeof(p -> 'paragraphs') = 'array' THEN p -> 'paragraphs' END,
            'version', CASE WHEN jsonb_typeof(p -> 'version') = 'number' THEN p -> 'version' END,
            'superseded', CASE WHEN e.event_type = 'amendment.accepted' AND jsonb_typeof(p -> 'superseded') = 'array'
                THEN p -> 'superseded' END))::text;
    IF octet_length(event) > 7900 THEN
        event := json_build_object('draftId', e.draft_id, 'type', e.event_type, 'seq', e.seq)::text;
    END IF;
    RETURN event;
END
$$;

-- Which entries are announced at all: those about a draft, but no sign-ins or user administration.
CREATE OR REPLACE FUNCTION audit_entry_is_announced(e audit_entry) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
$$
SELECT e.draft_id IS NOT NULL AND e.event_type NOT LIKE 'user.%' AND e.event_type NOT LIKE 'login.%'
$$;

-- NOTIFY is delivered only when the sealing transaction commits, so listeners never hear of
-- entries that were rolled back.
CREATE OR REPLACE FUNCTION audit_entry_announce() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF audit_entry_is_announced(NEW) THEN
        PERFORM pg_notify('draft_events', audit_entry_event(NEW));
    END IF;
    RETURN NULL;
END
$$;

-- The triggers that bind these functions to the tables (PostgreSQL 13 has no CREATE OR REPLACE
-- TRIGGER: each is dropped and created again in this migration's one transaction, so no other
-- transaction ever sees a table without it).
DROP TRIGGER IF EXISTS audit_entry_append ON audit_entry;
CREATE TRIGGER audit_entry_append BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_extend_head();
DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_entry_announce ON audit_entry;
CREATE TRIGGER audit_entry_announce AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_announce();

DROP TRIGGER IF EXISTS audit_head_guard ON audit_head;
CREATE TRIGGER audit_head_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_guard();
DROP TRIGGER IF EXISTS audit_head_no_truncate ON audit_head;
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

DROP TRIGGER IF EXISTS audit_queue_no_update ON audit_queue;
CREATE TRIGGER audit_queue_no_update BEFORE UPDATE ON audit_queue
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_queue_only_sealed ON audit_queue;
CREATE TRIGGER audit_queue_only_sealed BEFORE DELETE ON audit_queue
    FOR EACH ROW EXECUTE FUNCTION audit_queue_guard();
DROP TRIGGER IF EXISTS audit_queue_no_truncate ON audit_queue;
CREATE TRIGGER audit_queue_no_truncate BEFORE TRUNCATE ON audit_queue
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
