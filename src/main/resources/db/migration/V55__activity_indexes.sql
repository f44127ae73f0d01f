-- Issue 17 (activity): what changed for one organisation between two instants, read for an agenda or a report.
-- Requests resolved or declined in a window: the status changes to those statuses in the window, each joined to
-- its request by primary key to keep the organisation's (the history index is led by the request).
CREATE INDEX ix_request_status_changes_to_status ON request_status_changes (to_status, changed_at, request_id);
-- Satisfaction answers of one organisation in a window (the results index is by month, not instant).
CREATE INDEX ix_feedback_forms_organisation_answered ON feedback_forms (organisation_id, answered_at);
-- Conflicts about one organisation's freeze windows, opened or decided in a window.
CREATE INDEX ix_planning_conflicts_affected ON planning_conflicts (affected_org_id, detected_at);
