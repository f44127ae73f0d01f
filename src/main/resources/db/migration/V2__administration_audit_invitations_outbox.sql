-- Administration of organisations and members, the audit trail, invitations, password resets,
-- the e-mail outbox and the job lock table. Written once for H2 (MariaDB mode) and MariaDB alike.

-- Organisation settings, and a normalised name (lower case, no accents) for indexed prefix search.
ALTER TABLE organisations ADD COLUMN search_name VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE organisations ADD COLUMN account_manager_id BIGINT NULL;
ALTER TABLE organisations ADD COLUMN review_cadence VARCHAR(20) DEFAULT 'MONTHLY' NOT NULL;
ALTER TABLE organisations ADD COLUMN notes VARCHAR(2000) NULL;
ALTER TABLE organisations ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE organisations SET search_name = LOWER(name), updated_at = created_at;
ALTER TABLE organisations ADD CONSTRAINT fk_organisations_account_manager
    FOREIGN KEY (account_manager_id) REFERENCES accounts (id);
CREATE INDEX ix_organisations_search ON organisations (search_name);
CREATE INDEX ix_organisations_kind_search ON organisations (kind, search_name);

ALTER TABLE accounts ADD COLUMN search_name VARCHAR(120) DEFAULT '' NOT NULL;
UPDATE accounts SET search_name = LOWER(display_name);
CREATE INDEX ix_accounts_search ON accounts (search_name);

ALTER TABLE memberships ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE memberships SET updated_at = created_at;
CREATE INDEX ix_memberships_organisation_role ON memberships (organisation_id, role);

-- Who did what, when, to what; append-only (the application has no update or delete for it).
CREATE TABLE audit_events (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_account_id BIGINT        NULL,
    actor_email      VARCHAR(254)  NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    target_type      VARCHAR(40)   NOT NULL,
    target_id        BIGINT        NULL,
    organisation_id  BIGINT        NULL,
    before_state     VARCHAR(4000) NULL,
    after_state      VARCHAR(4000) NULL
);
CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_actor ON audit_events (actor_email, occurred_at);
CREATE INDEX ix_audit_events_target ON audit_events (target_type, target_id);

-- Invitations: only a SHA-256 hash of the link's token is stored.
CREATE TABLE invitations (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL,
    token_hash            VARCHAR(64)  NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    organisation_id       BIGINT       NOT NULL,
    role                  VARCHAR(20)  NOT NULL,
    invited_by_account_id BIGINT       NULL,
    created_at            DATETIME(6)  NOT NULL,
    expires_at            DATETIME(6)  NOT NULL,
    accepted_at           DATETIME(6)  NULL,
    revoked_at            DATETIME(6)  NULL,
    CONSTRAINT uk_invitations_token UNIQUE (token_hash),
    CONSTRAINT fk_invitations_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX ix_invitations_email_organisation ON invitations (email, organisation_id);

CREATE TABLE password_reset_tokens (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_password_reset_tokens_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- E-mail is stored first and sent by a job with retries, so nothing is lost while SMTP is down.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- ShedLock: a scheduled job runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- A client admin deactivates a colleague's membership of their own company, not the person's
-- whole account (a consultant may serve other clients too).
ALTER TABLE memberships ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
