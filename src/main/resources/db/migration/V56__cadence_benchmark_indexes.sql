-- Issue 17's benchmark (docs/benchmarks.md, Cadence): an agenda's and a report's promise reads, led by a range of
-- days or instants in a short window, read every promise of a large organisation (3,400 of Aurora Commerce's at
-- the benchmark's scale) or every promise change: each now reads its window only.
-- Promises kept (delivered) and withdrawn on the window's days, per organisation (RoadmapActivityRepository).
CREATE INDEX ix_promises_organisation_delivered ON promises (organisation_id, delivered_on);
CREATE INDEX ix_promises_organisation_withdrawn ON promises (organisation_id, withdrawn_on);
-- Promises moved later in the window: the changes in it first, their promise's organisation checked by key.
CREATE INDEX ix_promise_changes_changed ON promise_changes (changed_at, promise_id);
-- A report's open requests by status at its period's end: counted from the organisation's open requests whose
-- status has not moved since. ix_requests_organisation_status found them but read every row for its
-- status_changed_at (64,000 for the largest organisation); this index answers the count by itself.
CREATE INDEX ix_requests_organisation_status_moved ON requests (organisation_id, status, status_changed_at, created_at);
