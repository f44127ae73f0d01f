-- Issue 18, the administrators' dashboard (slice "admin"). Written once for H2 (MariaDB mode) and MariaDB alike.

-- Accounts never signed in: each successful sign-in stamps the account (organisation.SignInStamp), so the
-- dashboard counts "active and never signed in" from an index instead of searching the audit trail per account.
-- Accounts that signed in before this migration take their latest sign-in from the trail.
ALTER TABLE accounts ADD COLUMN last_signed_in_at DATETIME(6) NULL;
UPDATE accounts SET last_signed_in_at = (SELECT MAX(e.occurred_at) FROM audit_events e
    WHERE e.actor_account_id = accounts.id AND e.action = 'sign-in.success');
-- Serves the count and the oldest first (active, never signed in, by creation).
CREATE INDEX ix_accounts_active_signed_in ON accounts (active, last_signed_in_at, created_at);

-- Refused access and failed or throttled sign-ins per day and kind over the last days: ix_audit_events_occurred
-- finds the window but reads every row of it for its outcome and action; this index answers the count alone.
CREATE INDEX ix_audit_events_occurred_outcome ON audit_events (occurred_at, outcome, action);

-- The outbox's counts by status (waiting after a failure, given up, sent in the last 24 hours): one range per
-- status, the sent ones by their time, without reading the messages.
CREATE INDEX ix_mail_outbox_status_sent ON mail_outbox (status, sent_at, attempts);
