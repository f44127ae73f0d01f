-- Issue 16: the team leads a breached SLA target is escalated to (with the organisation's account manager), and
-- whom an at-risk target of an unassigned request is told to. Admins choose them; the scan reads them.
CREATE TABLE sla_escalation_leads (
    account_id BIGINT NOT NULL,
    added_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_sla_escalation_leads PRIMARY KEY (account_id),
    CONSTRAINT fk_sla_escalation_leads_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
