-- Issue 16: 24/7 on-call. The weekly rota (one row: who takes turns, the hand-over weekday and hour in a zone,
-- the day the first person's week starts), overrides for holidays and swaps, the escalation policy, and the
-- pages sent for critical incidents with their acknowledgements.
CREATE TABLE on_call_rotas (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    hand_over_day VARCHAR(10) NOT NULL,
    hand_over_time TIME NOT NULL,
    time_zone VARCHAR(60) NOT NULL,
    starts_on DATE NOT NULL,
    updated_at DATETIME(6) NOT NULL
);

CREATE TABLE on_call_rota_members (
    rota_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_on_call_rota_members PRIMARY KEY (rota_id, list_index),
    CONSTRAINT fk_rota_members_rota FOREIGN KEY (rota_id) REFERENCES on_call_rotas (id),
    CONSTRAINT fk_rota_members_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE TABLE on_call_overrides (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_on_call_overrides_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_on_call_overrides_ends ON on_call_overrides (ends_at);

CREATE TABLE escalation_policies (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL
);

-- A step pages the person on call, the next person of the rota, or named people (account ids, comma-separated).
CREATE TABLE escalation_steps (
    policy_id BIGINT NOT NULL,
    list_index INT NOT NULL,
    step_kind VARCHAR(20) NOT NULL,
    ack_minutes INT NOT NULL,
    account_ids VARCHAR(400) NOT NULL,
    CONSTRAINT pk_escalation_steps PRIMARY KEY (policy_id, list_index),
    CONSTRAINT fk_escalation_steps_policy FOREIGN KEY (policy_id) REFERENCES escalation_policies (id)
);

-- One paging per request: the step reached, when the next step is due without an acknowledgement, who acknowledged.
CREATE TABLE incident_pagings (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    cause VARCHAR(20) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    step INT NOT NULL,
    next_step_at DATETIME(6) NULL,
    acknowledged_by BIGINT NULL,
    acknowledged_at DATETIME(6) NULL,
    closed_at DATETIME(6) NULL,
    CONSTRAINT uk_incident_pagings_request UNIQUE (request_id),
    CONSTRAINT fk_incident_pagings_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX ix_incident_pagings_next_step ON incident_pagings (next_step_at);

-- One page per person and step of a request: the unique key keeps anybody from being paged twice for one step.
-- delivered_at is null until the in-app notice and the e-mail are written (after the paging's commit); the
-- acknowledge link's token is stored only as its SHA-256.
CREATE TABLE pages (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    paging_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    step INT NOT NULL,
    account_id BIGINT NOT NULL,
    paged_at DATETIME(6) NOT NULL,
    delivered_at DATETIME(6) NULL,
    token_hash VARCHAR(64) NULL,
    token_expires_at DATETIME(6) NULL,
    token_used_at DATETIME(6) NULL,
    CONSTRAINT uk_pages_request_step_account UNIQUE (request_id, step, account_id),
    CONSTRAINT uk_pages_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_pages_paging FOREIGN KEY (paging_id) REFERENCES incident_pagings (id),
    CONSTRAINT fk_pages_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_pages_delivered ON pages (delivered_at);
CREATE INDEX ix_pages_paging ON pages (paging_id);

-- A gap in the cover told to the admins, once per gap.
CREATE TABLE on_call_gap_notices (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    gap_key VARCHAR(200) NOT NULL,
    told_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_on_call_gap_notices_key UNIQUE (gap_key)
);
