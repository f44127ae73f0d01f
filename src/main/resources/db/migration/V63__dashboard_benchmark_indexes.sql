-- Issue 18 (benchmark, docs/benchmarks.md "Dashboards"): the team's queue counts its unassigned open requests
-- ("assignee is null and status in the open ones"). Without this index MariaDB took the (assignee, created) index and
-- looked up every unassigned request's row for its status: 400,000 lookups, 2.5 s on the benchmark's data. Here the
-- count is one covered range per open status.
CREATE INDEX ix_requests_assignee_status ON requests (assignee_id, status);
