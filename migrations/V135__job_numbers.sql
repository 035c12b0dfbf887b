-- The job number of an issued document ("21-19074"), printed with the language ("21-19074 (E)") in the
-- footer of its first page; recorded, when known, with the symbol or revision it was issued under.
ALTER TABLE draft_symbol ADD COLUMN job_number varchar(8) CHECK (job_number ~ '^[0-9]{2}-[0-9]{5}$');
