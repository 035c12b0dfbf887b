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
-- times no longer need to follow seq exactly. Queued entries accept no UPDATE, and are
-- deleted only as they are sealed.

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
CREATE TRIGGER audit_queue_no_truncate BEFORE TRUNCATE ON audit_queue
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Seals at most p_limit queued entries, oldest first; answers how many. The chain lock is taken
-- before the queue is read, so a sealer sees what the previous one left.
CREATE FUNCTION audit_seal(p_limit integer) RETURNS integer
    LANGUAGE plpgsql AS
$$
DECLARE
    queued audit_queue;
    head   audit_head;
    hashed text;
    sealed integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    SELECT * INTO head FROM audit_head WHERE singleton;
    FOR queued IN SELECT * FROM audit_queue ORDER BY id LIMIT p_limit LOOP
        hashed := encode(sha256(convert_to(audit_canonical(head.seq + 1, queued.occurred_at, queued.username, queued.role,
            queued.member_state, queued.draft_id, queued.event_type, queued.payload, queued.request_id, head.hash),
            'UTF8')), 'hex');
        INSERT INTO audit_entry (seq, occurred_at, username, role, member_state, draft_id, event_type, payload,
                                 request_id, prev_hash, hash)
        VALUES (head.seq + 1, queued.occurred_at, queued.username, queued.role, queued.member_state, queued.draft_id,
                queued.event_type, queued.payload::json, queued.request_id, head.hash, hashed);
        DELETE FROM audit_queue WHERE id = queued.id;
        head.seq := head.seq + 1;
        head.hash := hashed;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END
$$;

DROP FUNCTION audit_append(text, text, text, bigint, text, text, text);
