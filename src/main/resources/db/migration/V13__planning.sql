-- Prioritisation (issue 5): one ranked backlog across organisations, the weights behind it, the team's
-- capacity, manual re-rankings with their reasons, and the conflicts Ponte detects.

-- The factor weights of the score, one row. Each is 0..5; a change re-ranks every item.
CREATE TABLE planning_weights (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    reach_weight      INT          NOT NULL,
    impact_weight     INT          NOT NULL,
    urgency_weight    INT          NOT NULL,
    confidence_weight INT          NOT NULL,
    effort_weight     INT          NOT NULL,
    changed_at        DATETIME(6),
    changed_by_id     BIGINT,
    CONSTRAINT fk_planning_weights_changed_by FOREIGN KEY (changed_by_id) REFERENCES accounts (id)
);
INSERT INTO planning_weights (id, version, reach_weight, impact_weight, urgency_weight, confidence_weight,
                              effort_weight)
VALUES (1, 0, 2, 3, 2, 1, 2);

-- How much an organisation's asks count (client tier, regulatory duty, internal criticality), set by admins.
CREATE TABLE organisation_weights (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    weight          DECIMAL(3, 1) NOT NULL,
    reason          VARCHAR(300)  NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_organisation_weights_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_organisation_weights_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

-- One row per request: the inputs of its score (copied from the request when it changes, plus the team's
-- impact and confidence), the points each input gives, the score, and where the schedule places it.
CREATE TABLE backlog_items (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    request_id          BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    lane                VARCHAR(10)   NOT NULL,
    open_item           BOOLEAN       NOT NULL,
    accepted            BOOLEAN       NOT NULL,
    severity            VARCHAR(20),
    impact              INT,
    confidence          VARCHAR(10),
    reach_organisations INT           NOT NULL,
    desired_date        DATE,
    target_date         DATE,
    deadline            DATE,
    deadline_freeze_id  BIGINT,
    effort_likely       DECIMAL(6, 1),
    effort_pessimistic  DECIMAL(6, 1),
    reach_points        INT           NOT NULL,
    impact_points       INT           NOT NULL,
    urgency_points      INT           NOT NULL,
    confidence_points   INT           NOT NULL,
    effort_points       INT           NOT NULL,
    organisation_weight DECIMAL(3, 1) NOT NULL,
    computed_score      DOUBLE        NOT NULL,
    manual_score        DOUBLE,
    effective_score     DOUBLE        NOT NULL,
    planned_start       DATE,
    planned_finish      DATE,
    latest_finish       DATE,
    scored_at           DATETIME(6),
    CONSTRAINT uk_backlog_items_request UNIQUE (request_id),
    CONSTRAINT fk_backlog_items_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_backlog_items_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
-- The board: open items of a lane, best first.
CREATE INDEX ix_backlog_items_board ON backlog_items (open_item, lane, effective_score, id);
-- The schedule: accepted work, best first.
CREATE INDEX ix_backlog_items_accepted ON backlog_items (accepted, effective_score, id);
-- An organisation's weight changes its items only.
CREATE INDEX ix_backlog_items_organisation ON backlog_items (organisation_id, open_item);
-- The schedule covers a horizon: the few items it gave dates are found without reading the rest.
CREATE INDEX ix_backlog_items_scheduled ON backlog_items (planned_finish);

-- The catalogue systems an item touches, kept with the item: conflicts are found per system.
CREATE TABLE backlog_item_systems (
    item_id   BIGINT NOT NULL,
    system_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, system_id),
    CONSTRAINT fk_backlog_item_systems_item FOREIGN KEY (item_id) REFERENCES backlog_items (id),
    CONSTRAINT fk_backlog_item_systems_system FOREIGN KEY (system_id) REFERENCES systems (id)
);
CREATE INDEX ix_backlog_item_systems_system ON backlog_item_systems (system_id, item_id);

-- A manual re-ranking: from which position to which, why, who, when.
CREATE TABLE rank_moves (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    from_position INT           NOT NULL,
    to_position   INT           NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    moved_by_id   BIGINT        NOT NULL,
    moved_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_rank_moves_item FOREIGN KEY (item_id) REFERENCES backlog_items (id),
    CONSTRAINT fk_rank_moves_moved_by FOREIGN KEY (moved_by_id) REFERENCES accounts (id)
);
CREATE INDEX ix_rank_moves_item ON rank_moves (item_id, moved_at);

-- Days a team member gives to requests in a week.
CREATE TABLE team_capacity (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    days_per_week DECIMAL(2, 1) NOT NULL,
    CONSTRAINT uk_team_capacity_account UNIQUE (account_id),
    CONSTRAINT fk_team_capacity_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

-- What collides, found again whenever an item, a window or the schedule changes; the team's handling
-- (decision asked by a date, risk accepted with a note, re-scheduled) stays with the conflict.
CREATE TABLE planning_conflicts (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    item_id           BIGINT        NOT NULL,
    system_id         BIGINT,
    freeze_window_id  BIGINT        NOT NULL,
    affected_org_id   BIGINT        NOT NULL,
    starts_on         DATE,
    ends_on           DATE,
    active            BOOLEAN       NOT NULL,
    handling          VARCHAR(20)   NOT NULL,
    decide_by         DATE,
    note              VARCHAR(1000),
    detected_at       DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_planning_conflicts_key UNIQUE (kind, item_id, freeze_window_id),
    CONSTRAINT fk_planning_conflicts_item FOREIGN KEY (item_id) REFERENCES backlog_items (id),
    CONSTRAINT fk_planning_conflicts_system FOREIGN KEY (system_id) REFERENCES systems (id),
    CONSTRAINT fk_planning_conflicts_affected FOREIGN KEY (affected_org_id) REFERENCES organisations (id)
);
CREATE INDEX ix_planning_conflicts_active ON planning_conflicts (active, detected_at);
CREATE INDEX ix_planning_conflicts_system ON planning_conflicts (system_id, active);
CREATE INDEX ix_planning_conflicts_item ON planning_conflicts (item_id, active);

-- Full recomputes after a weight change: how far along, for the progress bar.
CREATE TABLE score_recomputes (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL,
    total_items   BIGINT      NOT NULL,
    done_items    BIGINT      NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    finished_at   DATETIME(6),
    started_by_id BIGINT,
    CONSTRAINT fk_score_recomputes_started_by FOREIGN KEY (started_by_id) REFERENCES accounts (id)
);

-- Requests filed before this migration get their item; the first recompute gives them points.
INSERT INTO backlog_items (version, request_id, organisation_id, title, kind, status, lane, open_item, accepted,
                           severity, reach_organisations, desired_date, deadline, effort_likely, effort_pessimistic,
                           reach_points, impact_points, urgency_points, confidence_points, effort_points,
                           organisation_weight, computed_score, effective_score)
SELECT 0, r.id, r.organisation_id, r.title, r.kind, r.status,
       CASE WHEN r.kind IN ('BUG', 'INCIDENT', 'QUESTION') THEN 'SUPPORT' ELSE 'PRODUCT' END,
       r.status NOT IN ('DELIVERED', 'CLOSED', 'DECLINED', 'DUPLICATE', 'WITHDRAWN'),
       r.status IN ('PLANNED', 'IN_PROGRESS'),
       r.severity,
       1 + (SELECT COUNT(*) FROM request_supports s WHERE s.request_id = r.id),
       r.desired_date, r.desired_date,
       (SELECT a.effort_likely FROM request_assessments a WHERE a.request_id = r.id AND a.decision <> 'DECLINE'),
       (SELECT a.effort_pessimistic FROM request_assessments a WHERE a.request_id = r.id AND a.decision <> 'DECLINE'),
       0, 0, 0, 0, 0, 1.0, 0, 0
FROM requests r;
INSERT INTO backlog_item_systems (item_id, system_id)
SELECT i.id, rs.system_id FROM request_systems rs JOIN backlog_items i ON i.request_id = rs.request_id;
