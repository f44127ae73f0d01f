-- Issue 18 (dashboards, slice "support"): the team's SLA risk block counts the open clocks of every organisation
-- (resolved_at is null) and lists their next deadlines. The indexes so far are all led by the organisation or by
-- next_check_at (null once a breach was told), so without this one the count reads every clock ever started.
CREATE INDEX ix_sla_clocks_open ON sla_clocks (resolved_at, paused_since);
