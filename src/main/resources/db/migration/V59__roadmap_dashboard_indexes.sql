-- Issue 18, the roadmap's dashboard blocks (RoadmapDashboardRepository, PromiseRepository.countDelivered).
-- A requester's promises by month of the first day told: the organisation's promises in a 12-month window of first
-- days, counted by first day and delivery day from the index alone (a large client holds thousands of promises).
CREATE INDEX ix_promises_organisation_first ON promises (organisation_id, first_promised_on, delivered_on);
-- The team's delivery record by month of delivery: the promises delivered in the window, counted by delivery day
-- and first day from the index alone instead of reading every promise.
CREATE INDEX ix_promises_delivered ON promises (delivered_on, first_promised_on);
-- Open milestones with a committed day (what is coming, milestones at risk): by status, then the day they are due.
CREATE INDEX ix_milestones_open_committed ON milestones (status, committed_on);
-- Milestones delivered per week (the team's throughput).
CREATE INDEX ix_milestones_delivered ON milestones (status, delivered_on);
