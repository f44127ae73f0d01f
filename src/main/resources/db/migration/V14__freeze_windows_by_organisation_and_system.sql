-- A request's deadline is pulled before its organisation's own freeze windows on the systems it touches
-- (issue 5): that lookup reads only those windows, not all of the organisation's.
CREATE INDEX ix_freeze_windows_organisation_system ON freeze_windows (organisation_id, system_id, ends_on);
