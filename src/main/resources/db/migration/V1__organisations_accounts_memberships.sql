-- Tenancy core: organisations, the people who sign in, and their roles in organisations.
-- Written once for H2 (MariaDB mode) and MariaDB alike.

CREATE TABLE organisations (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    time_zone  VARCHAR(60)  NOT NULL,
    language   VARCHAR(10)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_organisations_name UNIQUE (name)
);

CREATE TABLE accounts (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    time_zone     VARCHAR(60)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_accounts_email UNIQUE (email)
);

CREATE TABLE memberships (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_memberships_account_organisation UNIQUE (account_id, organisation_id),
    CONSTRAINT fk_memberships_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_memberships_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE INDEX ix_memberships_organisation ON memberships (organisation_id);
