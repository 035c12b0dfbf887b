-- The official record (issue 22, continued).

-- Amendments carry the procedural day (and meeting, for an oral amendment) on which they were
-- proposed and decided, when the record gives one; created_at / decided_at stay the recording times.
ALTER TABLE amendment ADD COLUMN proposed_on date;
ALTER TABLE amendment ADD COLUMN proposed_meeting text CHECK (length(proposed_meeting) <= 60);
ALTER TABLE amendment ADD COLUMN decided_on date;
ALTER TABLE amendment ADD COLUMN decided_meeting text CHECK (length(decided_meeting) <= 60);

-- A request for division carries its day and meeting as well.
ALTER TABLE division_request ADD COLUMN requested_on date;
ALTER TABLE division_request ADD COLUMN requested_meeting text CHECK (length(requested_meeting) <= 60);

-- Former names, dates checked against the UN's own notices (sources in docs/RECORD.md):
-- Czechia: the Permanent Mission informed the UN on 17 May 2016 of the short name.
UPDATE member_state_former_name SET used_until = '2016-05-17' WHERE code = 'CZE' AND name = 'Czech Republic';
-- North Macedonia: the UN was notified on 13 February 2019 (the name in force since 12 February).
UPDATE member_state_former_name SET used_until = '2019-02-13'
 WHERE code = 'MKD' AND name = 'The former Yugoslav Republic of Macedonia';
-- Venezuela: the Government informed the UN on 17 November 2004 of the name Bolivarian Republic of Venezuela.
INSERT INTO member_state_former_name (code, name, used_until) VALUES ('VEN', 'Venezuela', '2004-11-17');
