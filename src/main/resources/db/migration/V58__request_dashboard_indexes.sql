-- issue 18: the dashboards' request figures, counted from indexes alone (docs/architecture.md, "Dashboards:
-- requests"). The team's queue groups the open requests by organisation and counts the unassigned ones:
-- (status, organisation_id, assignee_id) serves both from the open statuses' range, where the existing
-- indexes would read every request's row or every organisation's whole index range.
CREATE INDEX ix_requests_status_organisation_assignee ON requests (status, organisation_id, assignee_id);
-- A requester's chart counts its own requests per status and kind: without kind in the index, a client with
-- 143,000 requests has each row read.
CREATE INDEX ix_requests_organisation_status_kind ON requests (organisation_id, status, kind);
-- A saved inbox filter keeps the age range the dashboard's buckets open it with.
ALTER TABLE saved_filters ADD COLUMN newer_than_days INT NULL;
