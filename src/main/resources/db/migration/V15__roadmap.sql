-- Roadmap and promises (issue 6): initiatives group accepted requests; each has milestones, partial
-- deliveries with a committed date; every date told to an organisation is a promise, and every change of
-- it is kept with its reason.
CREATE TABLE initiatives (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000),
    status      VARCHAR(20)   NOT NULL,
    public_item BOOLEAN       NOT NULL,
    confidence  VARCHAR(10)   NOT NULL,
    ends_on     DATE          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_initiatives_public ON initiatives (public_item, ends_on);

CREATE TABLE milestones (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    initiative_id BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    delivers      VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    committed_on  DATE,
    delivered_on  DATE,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_milestones_initiative FOREIGN KEY (initiative_id) REFERENCES initiatives (id)
);
CREATE INDEX ix_milestones_initiative ON milestones (initiative_id, committed_on);

-- The accepted requests a milestone delivers, with their organisation: who the dates are promised to.
CREATE TABLE milestone_requests (
    milestone_id    BIGINT NOT NULL,
    request_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (milestone_id, request_id),
    CONSTRAINT uk_milestone_requests_request UNIQUE (request_id),
    CONSTRAINT fk_milestone_requests_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id),
    CONSTRAINT fk_milestone_requests_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_milestone_requests_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
-- An organisation's roadmap: the milestones delivering its requests.
CREATE INDEX ix_milestone_requests_organisation ON milestone_requests (organisation_id, milestone_id);

-- A date told to an organisation: first and current date; delivered_on once kept.
CREATE TABLE promises (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL,
    milestone_id     BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    first_promised_on DATE       NOT NULL,
    promised_on      DATE        NOT NULL,
    made_at          DATETIME(6) NOT NULL,
    made_by_id       BIGINT      NOT NULL,
    delivered_on     DATE,
    CONSTRAINT uk_promises_milestone_organisation UNIQUE (milestone_id, organisation_id),
    CONSTRAINT fk_promises_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id),
    CONSTRAINT fk_promises_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_promises_made_by FOREIGN KEY (made_by_id) REFERENCES accounts (id)
);
CREATE INDEX ix_promises_organisation ON promises (organisation_id, promised_on);

-- Every change of a promised date: from, to, why, who, when, and whether the organisation was told.
CREATE TABLE promise_changes (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    promise_id    BIGINT        NOT NULL,
    old_date      DATE          NOT NULL,
    new_date      DATE          NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    changed_by_id BIGINT        NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    told          BOOLEAN       NOT NULL,
    CONSTRAINT fk_promise_changes_promise FOREIGN KEY (promise_id) REFERENCES promises (id),
    CONSTRAINT fk_promise_changes_changed_by FOREIGN KEY (changed_by_id) REFERENCES accounts (id)
);
CREATE INDEX ix_promise_changes_promise ON promise_changes (promise_id, changed_at);

-- What a delivery changed, published to the organisations concerned (or to all, for a public initiative).
CREATE TABLE changelog_entries (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    milestone_id  BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    what_changed  VARCHAR(1000) NOT NULL,
    for_everyone  BOOLEAN       NOT NULL,
    published_on  DATE          NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_changelog_entries_milestone UNIQUE (milestone_id),
    CONSTRAINT fk_changelog_entries_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id)
);
CREATE INDEX ix_changelog_entries_everyone ON changelog_entries (for_everyone, published_at);

CREATE TABLE changelog_audience (
    entry_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (entry_id, organisation_id),
    CONSTRAINT fk_changelog_audience_entry FOREIGN KEY (entry_id) REFERENCES changelog_entries (id),
    CONSTRAINT fk_changelog_audience_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
-- An organisation's changelog, newest first.
CREATE INDEX ix_changelog_audience_organisation ON changelog_audience (organisation_id, entry_id);
