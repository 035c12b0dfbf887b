-- The text of a plenary decision, kept under its number ("80/512"), as adopted.
ALTER TABLE meeting_decision ADD COLUMN decision_text text CHECK (length(decision_text) BETWEEN 1 AND 1000000);
