-- Issue 16 (on-call findings): the team's lead(s) are kept in one place, the escalation policy. An SLA breach tells
-- them (through sla.EscalationLeads, which the on-call feature implements) and the policy's LEADS step pages them.
CREATE TABLE escalation_policy_leads (
    policy_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_escalation_policy_leads PRIMARY KEY (policy_id, account_id),
    CONSTRAINT fk_escalation_policy_leads_policy FOREIGN KEY (policy_id) REFERENCES escalation_policies (id),
    CONSTRAINT fk_escalation_policy_leads_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- Leads chosen before the policy was ever saved need a policy to belong to: the default one (the person on call,
-- then the next person of the rota, 15 minutes each), as the application shows it while none is saved.
INSERT INTO escalation_policies (version, updated_at)
SELECT 0, CURRENT_TIMESTAMP FROM (SELECT 1 AS one) single_row
WHERE EXISTS (SELECT 1 FROM sla_escalation_leads) AND NOT EXISTS (SELECT 1 FROM escalation_policies);

INSERT INTO escalation_steps (policy_id, list_index, step_kind, ack_minutes, account_ids)
SELECT p.id, d.list_index, d.step_kind, 15, ''
FROM escalation_policies p
CROSS JOIN (SELECT 0 AS list_index, 'ON_CALL' AS step_kind UNION ALL SELECT 1, 'NEXT_ON_ROTA') d
WHERE NOT EXISTS (SELECT 1 FROM escalation_steps s WHERE s.policy_id = p.id);

-- The SLA escalation leads become the policy's leads; nothing reads the old table any more.
INSERT INTO escalation_policy_leads (policy_id, account_id)
SELECT (SELECT MIN(id) FROM escalation_policies), l.account_id
FROM sla_escalation_leads l
WHERE EXISTS (SELECT 1 FROM escalation_policies);

DROP TABLE sla_escalation_leads;
