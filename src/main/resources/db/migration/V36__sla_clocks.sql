-- Issue 16: one SLA clock per support request (bug, incident, question) of an organisation with a plan. The
-- clock keeps its own copy of what it needs (organisation, priority, assignee, title) and its two targets;
-- next_check_at is the next moment the scan must look at it (at risk or due), null when nothing is pending.
CREATE TABLE sla_clocks (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    request_kind VARCHAR(20) NOT NULL,
    priority VARCHAR(20) NOT NULL,
    plan_id BIGINT NOT NULL,
    assignee_id BIGINT NULL,
    started_at DATETIME(6) NOT NULL,
    first_response_due_at DATETIME(6) NULL,
    first_response_at_risk_at DATETIME(6) NULL,
    first_responded_at DATETIME(6) NULL,
    resolution_due_at DATETIME(6) NULL,
    resolution_at_risk_at DATETIME(6) NULL,
    resolved_at DATETIME(6) NULL,
    paused_since DATETIME(6) NULL,
    at_risk_told_at DATETIME(6) NULL,
    breach_told_at DATETIME(6) NULL,
    next_check_at DATETIME(6) NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sla_clocks_request UNIQUE (request_id)
);
CREATE INDEX ix_sla_clocks_next_check ON sla_clocks (next_check_at);
CREATE INDEX ix_sla_clocks_organisation_started ON sla_clocks (organisation_id, started_at);

-- Each pause of a clock: from the team's asking until the requester's answer (resumed_at null while paused).
CREATE TABLE sla_clock_pauses (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    clock_id BIGINT NOT NULL,
    paused_at DATETIME(6) NOT NULL,
    resumed_at DATETIME(6) NULL,
    CONSTRAINT fk_clock_pauses_clock FOREIGN KEY (clock_id) REFERENCES sla_clocks (id)
);
CREATE INDEX ix_clock_pauses_clock ON sla_clock_pauses (clock_id);

-- Every computation of a clock's targets, with its cause (started, priority changed, plan changed, paused,
-- resumed, re-opened): the history the request page and a breach's cause are read from.
CREATE TABLE sla_clock_changes (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    clock_id BIGINT NOT NULL,
    cause VARCHAR(30) NOT NULL,
    priority VARCHAR(20) NOT NULL,
    plan_id BIGINT NOT NULL,
    first_response_due_at DATETIME(6) NULL,
    resolution_due_at DATETIME(6) NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by BIGINT NULL,
    CONSTRAINT fk_clock_changes_clock FOREIGN KEY (clock_id) REFERENCES sla_clocks (id)
);
CREATE INDEX ix_clock_changes_clock ON sla_clock_changes (clock_id, changed_at);

-- A target missed, recorded once per clock and target when the scan finds it, with what explains it.
CREATE TABLE sla_breaches (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    clock_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    target VARCHAR(20) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    breached_at DATETIME(6) NOT NULL,
    cause VARCHAR(500) NULL,
    CONSTRAINT uk_sla_breaches_clock_target UNIQUE (clock_id, target),
    CONSTRAINT fk_sla_breaches_clock FOREIGN KEY (clock_id) REFERENCES sla_clocks (id)
);
CREATE INDEX ix_sla_breaches_organisation ON sla_breaches (organisation_id, due_at);
