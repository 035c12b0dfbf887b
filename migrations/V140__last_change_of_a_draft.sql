-- The list of drafts shows when each draft last changed: the time of its latest audit entry.
-- An index on (draft_id, occurred_at) answers max(occurred_at) of one draft without reading
-- all its entries, so the list stays one cheap query however long each draft's trail is.
CREATE INDEX audit_entry_by_draft_time ON audit_entry (draft_id, occurred_at) WHERE draft_id IS NOT NULL;
CREATE INDEX audit_queue_by_draft_time ON audit_queue (draft_id, occurred_at) WHERE draft_id IS NOT NULL;
