-- Issue 14: every audit entry says where the request came from (the client address as the server saw it,
-- IPv6 at most 45 characters) and which organisation the actor was working in at the time.
ALTER TABLE audit_events ADD COLUMN client_address VARCHAR(45) NULL;
ALTER TABLE audit_events ADD COLUMN active_organisation_id BIGINT NULL;
