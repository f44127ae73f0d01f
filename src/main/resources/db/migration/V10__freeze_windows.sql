-- Periods in which a system must not change or go down for an organisation that depends on it
-- (issue 5): Sales' quarter close, Aurora Commerce's Black Friday week.
CREATE TABLE freeze_windows (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    system_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    created_by_id   BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_freeze_windows_system FOREIGN KEY (system_id) REFERENCES systems (id),
    CONSTRAINT fk_freeze_windows_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_freeze_windows_created_by FOREIGN KEY (created_by_id) REFERENCES accounts (id)
);
-- Conflict detection asks: which windows of this system cover a period?
CREATE INDEX ix_freeze_windows_system ON freeze_windows (system_id, starts_on, ends_on);
CREATE INDEX ix_freeze_windows_organisation ON freeze_windows (organisation_id, starts_on);
