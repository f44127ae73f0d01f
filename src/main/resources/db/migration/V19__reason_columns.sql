-- One limit for every reason people read (issue 13): an organisation's weight and a freeze window said why
-- in at most 300 and 500 characters, every other reason in 1,000. Widening keeps every value.
ALTER TABLE organisation_weights MODIFY reason VARCHAR(1000) NOT NULL;
ALTER TABLE freeze_windows MODIFY reason VARCHAR(1000) NOT NULL;
