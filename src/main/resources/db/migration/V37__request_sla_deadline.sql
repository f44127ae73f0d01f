-- Issue 16: the request lists' copy of a support request's next SLA deadline, written by the SLA clocks
-- (RequestDeadlines): the earliest unmet target's due and at-risk instants, which target it is, and whether
-- the clock is paused. Lists sort on sla_due_at and filter "at risk or breached" on sla_at_risk_at.
ALTER TABLE requests ADD COLUMN sla_target VARCHAR(20) NULL;
ALTER TABLE requests ADD COLUMN sla_due_at DATETIME(6) NULL;
ALTER TABLE requests ADD COLUMN sla_at_risk_at DATETIME(6) NULL;
ALTER TABLE requests ADD COLUMN sla_paused BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_requests_sla_due ON requests (sla_due_at);
CREATE INDEX ix_requests_org_sla_due ON requests (organisation_id, sla_due_at);
