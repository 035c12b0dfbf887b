-- The audit chain is extended inside COMMIT (issue 5, amendments under load).
--
-- Until now the server called audit_append just before asking for the commit: the chain lock was
-- then held across two round trips and whatever the server's threads waited for in between, and
-- every change in the system took turns on it. Now the server only queues the entry in its
-- transaction (no lock), and a deferred constraint trigger appends it, with audit_append as
-- before, while PostgreSQL commits the transaction: the lock is held from the append to the
-- commit record's flush, with no round trip in between. The chain, its canonical content and its
-- guarantees are unchanged: one linear chain in commit order, and a transaction that rolls back
-- appends nothing.
--
-- The queue is unlogged because no row outlives its transaction: each is removed when appended.
CREATE UNLOGGED TABLE audit_queue (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     text NOT NULL,
    role         text,
    member_state text,
    draft_id     bigint,
    event_type   text NOT NULL,
    payload      text NOT NULL,
    request_id   text
);

CREATE FUNCTION audit_queue_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM audit_append(NEW.username, NEW.role, NEW.member_state, NEW.draft_id, NEW.event_type, NEW.payload,
                         NEW.request_id);
    DELETE FROM audit_queue WHERE id = NEW.id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_queue_append AFTER INSERT ON audit_queue
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_queue_append();
