-- An accepted amendment's event also names the pending amendments its acceptance superseded (the
-- entry's payload lists them), so that a client marks them without reading the whole list again.
-- Otherwise as V100: draftId, type, seq, amendment, status, paragraphs and version; never who acted.

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
