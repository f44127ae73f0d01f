-- An organisation's promise ledger is read a page at a time, newest promise first.
CREATE INDEX ix_promises_ledger ON promises (organisation_id, made_at, id);
