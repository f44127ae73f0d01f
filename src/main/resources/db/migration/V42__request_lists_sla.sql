-- Issue 16 (request lists): a saved inbox filter remembers "at risk or breached"; filters saved before did not
-- filter on it and keep not doing so. The filter reads running clocks with sla_at_risk_at <= now: its own index,
-- so that the inbox's at-risk list reads only those rows rather than every request by filing date.
ALTER TABLE saved_filters ADD COLUMN at_risk_only BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_requests_sla_at_risk ON requests (sla_at_risk_at);
