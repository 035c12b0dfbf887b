-- Writers queue audit entries; a sealer chains them (issue 5, amendments under load).
--
-- Until now every writer appended its entry to the chain itself (audit_append), holding the
-- chain lock from the append to the end of its commit: every change in the system took turns,
-- one commit at a time. Now a writer inserts its entry into audit_queue in its own transaction,
-- with the time of the change, and takes no lock: the entry is committed, or rolled back, with
-- the change it records, and writers commit side by side. The server's sealer then calls
-- audit_seal, which takes the chain lock, moves the committed entries of the queue into the
-- chain in queue order (hashing each as audit_append did) and commits them together. Readers
-- of the trail seal first, so a reader sees every change committed before it asked.
--
-- The chain, its canonical content and its verification are unchanged; seq is now the order of
-- sealing, and an entry's time is the time of its change (clock_timestamp() when queued), so
-- times no longer need to follow seq exactly. An entry is checked against the chain's last
-- entry, and the head row moves once per sealed batch, to the last entry and nowhere else.
-- Queued entries accept no UPDATE or TRUNCATE, and leave the queue only as they are sealed.

CREATE TABLE audit_queue (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    username     text        NOT NULL,
    role         text,
    member_state text,
    draft_id     bigint,
    event_type   text        NOT NULL,
    payload      text        NOT NULL,
    request_id   text
);

CREATE TRIGGER audit_queue_no_update BEFORE UPDATE ON audit_queue
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

-- A queued entry leaves the queue only as audit_seal chains it (which says so for its own
-- transaction); any other DELETE is refused.
CREATE FUNCTION audit_queue_guard() RETURNS trigger
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

CREATE TRIGGER audit_queue_only_sealed BEFORE DELETE ON audit_queue
    FOR EACH ROW EXECUTE FUNCTION audit_queue_guard();
CREATE TRIGGER audit_queue_no_truncate BEFORE TRUNCATE ON audit_queue
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- An entry must extend the chain: the next seq after the last entry, and that entry's hash as its
-- previous hash (seq 0 and the genesis hash of audit_head before the first entry). Checked against
-- the last entry itself, so that a batch of entries does not rewrite the head row once per entry;
-- the head moves once per batch, below.
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

-- The head may only move to the chain's actual last entry.
CREATE OR REPLACE FUNCTION audit_head_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.singleton
       AND EXISTS (SELECT 1 FROM audit_entry e WHERE e.seq = NEW.seq AND e.hash = NEW.hash)
       AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.seq > NEW.seq) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit chain head moves only to the last entry appended: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Seals at most p_limit queued entries, oldest first, and moves the head to the last one; answers
-- how many. The chain lock is taken before anything is read, so a sealer sees what the previous
-- one left. It starts from the head; should the head and the last entry disagree (an entry
-- removed behind the triggers' back), the first insert is refused and nothing is sealed: the
-- entries wait in the queue, and the verification shows where the chain was broken.
CREATE FUNCTION audit_seal(p_limit integer) RETURNS integer
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

DROP FUNCTION audit_append(text, text, text, bigint, text, text, text);
