-- The team's assessment of a change or integration before it is planned (issue 5): feasibility, effort
-- as a range, dependencies, security, personal data and GDPR, risk, and a decision with its reasoning in
-- plain words for the requester. Internal notes stay with the team.
CREATE TABLE request_assessments (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    request_id           BIGINT        NOT NULL,
    feasibility          VARCHAR(1000) NOT NULL,
    effort_optimistic    DECIMAL(6, 1) NOT NULL,
    effort_likely        DECIMAL(6, 1) NOT NULL,
    effort_pessimistic   DECIMAL(6, 1) NOT NULL,
    dependencies         VARCHAR(1000),
    security_impact      VARCHAR(1000) NOT NULL,
    personal_data        BOOLEAN       NOT NULL,
    legal_basis          VARCHAR(40),
    data_categories      VARCHAR(500),
    encryption_needed    BOOLEAN,
    risk                 VARCHAR(20)   NOT NULL,
    decision             VARCHAR(30)   NOT NULL,
    conditions           VARCHAR(1000),
    reasoning            VARCHAR(2000) NOT NULL,
    internal_notes       VARCHAR(2000),
    assessed_by_id       BIGINT        NOT NULL,
    assessed_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_request_assessments_request UNIQUE (request_id),
    CONSTRAINT fk_request_assessments_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_assessments_assessed_by FOREIGN KEY (assessed_by_id) REFERENCES accounts (id)
);
