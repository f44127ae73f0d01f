-- Issue 17 (reports): how often each department and client receives its progress report (one schedule per
-- organisation, made with the default MONTHLY the first time the nightly run or an administrator meets it), and the
-- reports themselves: a snapshot of the ReportContent as JSON, never recomputed. The unique key keeps a period from
-- being stored twice, whoever stores it (the nightly run on two nodes, a team member's "send now").
CREATE TABLE report_schedules (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    period_kind VARCHAR(20) NOT NULL,
    active BOOLEAN NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_report_schedules_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_report_schedules_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE TABLE progress_reports (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    period_kind VARCHAR(20) NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    content LONGTEXT NOT NULL,
    generated_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    note VARCHAR(2000) NULL,
    generated_by BIGINT NULL,
    CONSTRAINT uq_progress_reports_period UNIQUE (organisation_id, period_kind, period_from),
    CONSTRAINT fk_progress_reports_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_progress_reports_generated_by FOREIGN KEY (generated_by) REFERENCES accounts (id)
);
-- The list: an organisation's reports newest first (the unique key's order serves the team's "all" list poorly, so
-- one index on the period's end for it).
CREATE INDEX ix_progress_reports_newest ON progress_reports (period_to, id);
