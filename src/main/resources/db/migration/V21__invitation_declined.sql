-- An invited person may decline: the invitation then stays on record, closed, like an accepted one.
ALTER TABLE invitations ADD COLUMN declined_at DATETIME(6) NULL;
