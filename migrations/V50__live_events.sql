-- Live updates for the web client (issue 7): every audit entry about a draft is announced on the
-- channel draft_events as {"draftId":…, "type":…, "seq":…}. NOTIFY is delivered only when the
-- writing transaction commits, so listeners never hear of changes that were rolled back.
-- Private kinds (sign-ins, user administration) carry no draft and are never announced.

CREATE FUNCTION audit_entry_announce() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.draft_id IS NOT NULL AND NEW.event_type NOT LIKE 'user.%' AND NEW.event_type NOT LIKE 'login.%' THEN
        PERFORM pg_notify('draft_events',
                json_build_object('draftId', NEW.draft_id, 'type', NEW.event_type, 'seq', NEW.seq)::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_entry_announce AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_announce();
