-- Requests: one intake for ideas, changes, integrations, bugs, incidents and questions, with the
-- status history and the conversation (public comments and the team's internal notes).
-- Written once for H2 (MariaDB mode) and MariaDB alike. The text columns of a request together stay
-- under MariaDB's 65,535-byte row limit in utf8mb4 (4 bytes a character), which is why the answers are
-- sized as they are; longer material belongs in attachments.

CREATE TABLE requests (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    requester_id        BIGINT        NOT NULL,
    filed_by_id         BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    search_title        VARCHAR(200)  NOT NULL,
    problem             VARCHAR(4000) NOT NULL,
    affected_people     VARCHAR(1000),
    intended_use        VARCHAR(1000),
    business_impact     VARCHAR(1000),
    desired_date        DATE,
    desired_date_reason VARCHAR(500),
    affected_system     VARCHAR(200),
    severity            VARCHAR(20),
    steps               VARCHAR(2000),
    occurring_since     VARCHAR(200),
    systems_involved    VARCHAR(500),
    data_involved       VARCHAR(1000),
    personal_data       BOOLEAN,
    priority            VARCHAR(20),
    assignee_id         BIGINT,
    decline_reason      VARCHAR(1000),
    duplicate_of_id     BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    status_changed_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_requests_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_requests_requester FOREIGN KEY (requester_id) REFERENCES accounts (id),
    CONSTRAINT fk_requests_filed_by FOREIGN KEY (filed_by_id) REFERENCES accounts (id),
    CONSTRAINT fk_requests_assignee FOREIGN KEY (assignee_id) REFERENCES accounts (id),
    CONSTRAINT fk_requests_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES requests (id)
);

-- "Our requests": one organisation's requests, newest first, optionally by status or kind.
CREATE INDEX ix_requests_organisation_created ON requests (organisation_id, created_at, id);
CREATE INDEX ix_requests_organisation_status ON requests (organisation_id, status, created_at, id);
-- The team's inbox: by status, newest first; unassigned and per-assignee queues.
CREATE INDEX ix_requests_status_created ON requests (status, created_at, id);
CREATE INDEX ix_requests_assignee_created ON requests (assignee_id, created_at, id);
CREATE INDEX ix_requests_created ON requests (created_at, id);

CREATE TABLE request_status_changes (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    actor_id    BIGINT        NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30)   NOT NULL,
    note        VARCHAR(2000),
    changed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_request_status_changes_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_status_changes_actor FOREIGN KEY (actor_id) REFERENCES accounts (id)
);
CREATE INDEX ix_request_status_changes_request ON request_status_changes (request_id, changed_at, id);

CREATE TABLE request_comments (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    internal   BOOLEAN       NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_request_comments_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_comments_author FOREIGN KEY (author_id) REFERENCES accounts (id)
);
CREATE INDEX ix_request_comments_request ON request_comments (request_id, created_at, id);
