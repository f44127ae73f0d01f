-- Issue 16: a month's SLA attainment reads the clocks of one organisation whose target fell due or was met in
-- that month; one index per instant, each led by the organisation (see SlaAttainment).
CREATE INDEX ix_sla_clocks_org_first_due ON sla_clocks (organisation_id, first_response_due_at);
CREATE INDEX ix_sla_clocks_org_first_met ON sla_clocks (organisation_id, first_responded_at);
CREATE INDEX ix_sla_clocks_org_resolution_due ON sla_clocks (organisation_id, resolution_due_at);
CREATE INDEX ix_sla_clocks_org_resolved ON sla_clocks (organisation_id, resolved_at);
