-- The systems the team runs (issue 5): what each is, who owns it, how critical it is, the availability
-- promised, and which organisations depend on it.
CREATE TABLE systems (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    description         VARCHAR(1000),
    owner_id            BIGINT        NOT NULL,
    criticality         VARCHAR(20)   NOT NULL,
    availability_target DECIMAL(6, 3) NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_systems_name UNIQUE (name),
    CONSTRAINT fk_systems_owner FOREIGN KEY (owner_id) REFERENCES accounts (id)
);

CREATE TABLE system_dependents (
    system_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT pk_system_dependents PRIMARY KEY (system_id, organisation_id),
    CONSTRAINT fk_system_dependents_system FOREIGN KEY (system_id) REFERENCES systems (id),
    CONSTRAINT fk_system_dependents_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX ix_system_dependents_organisation ON system_dependents (organisation_id, system_id);
