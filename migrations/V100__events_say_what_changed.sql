-- Live events say what changed (issue 20). The event of an audit entry is built by one function,
-- used both by the trigger that announces a sealed entry on draft_events and by a stream that
-- resumes after Last-Event-ID (the entry's seq, which every server shares). Beside draftId, type
-- and seq, an event carries what the entry's payload says of the change: the amendment (its
-- number, or its reference once decided), the paragraphs it touches, the amendment's new status
-- and the draft's version. A client patches what it shows from these and fetches the rest.
-- NOTIFY carries at most 8000 bytes: an event that would be longer keeps draftId, type and seq.

CREATE FUNCTION audit_entry_event(e audit_entry) RETURNS text
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
            'version', CASE WHEN jsonb_typeof(p -> 'version') = 'number' THEN p -> 'version' END))::text;
    IF octet_length(event) > 7900 THEN
        event := json_build_object('draftId', e.draft_id, 'type', e.event_type, 'seq', e.seq)::text;
    END IF;
    RETURN event;
END
$$;

-- Which entries are announced at all: those about a draft, but no sign-ins or user administration.
CREATE FUNCTION audit_entry_is_announced(e audit_entry) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
$$
SELECT e.draft_id IS NOT NULL AND e.event_type NOT LIKE 'user.%' AND e.event_type NOT LIKE 'login.%'
$$;

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
