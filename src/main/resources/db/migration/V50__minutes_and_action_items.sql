-- Issue 17 (cadence), the minutes of a meeting. Agenda points: a point someone added before the meeting (text,
-- who, when) stays a row; holding the meeting freezes the whole agenda as it read then (the open action items and
-- what changed, as translation keys with typed arguments read in each viewer's language) into more rows, so the
-- page shows afterwards exactly what was discussed. Minutes: public notes (read by the organisation) and internal
-- notes (the team's only), versioned. Outcomes: decisions, or a workshop's needs found. Action items: an owner from
-- either side, a due day, an optional linked request, done at/by; a reminder row per item and kind makes each
-- reminder go once however often (and on however many nodes) the job runs.
CREATE TABLE agenda_points (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    origin VARCHAR(20) NOT NULL,
    frozen BOOLEAN NOT NULL,
    section_key VARCHAR(120) NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    arguments VARCHAR(2000) NOT NULL,
    link VARCHAR(300) NULL,
    point_text VARCHAR(1000) NULL,
    added_by BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_agenda_points_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id),
    CONSTRAINT fk_agenda_points_added_by FOREIGN KEY (added_by) REFERENCES accounts (id)
);
CREATE INDEX ix_agenda_points_meeting ON agenda_points (meeting_id, frozen, sort_order);

CREATE TABLE meeting_minutes (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    public_notes VARCHAR(4000) NOT NULL,
    internal_notes VARCHAR(4000) NOT NULL,
    updated_by BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_meeting_minutes_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_meeting_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id),
    CONSTRAINT fk_meeting_minutes_updated_by FOREIGN KEY (updated_by) REFERENCES accounts (id)
);

CREATE TABLE meeting_outcomes (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    outcome_text VARCHAR(1000) NOT NULL,
    sort_order INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_meeting_outcomes_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id)
);
CREATE INDEX ix_meeting_outcomes_meeting ON meeting_outcomes (meeting_id, sort_order);

CREATE TABLE action_items (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    item_text VARCHAR(500) NOT NULL,
    owner_id BIGINT NOT NULL,
    owner_side VARCHAR(20) NOT NULL,
    due_day DATE NOT NULL,
    request_id BIGINT NULL,
    done_at DATETIME(6) NULL,
    done_by BIGINT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_action_items_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_action_items_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id),
    CONSTRAINT fk_action_items_owner FOREIGN KEY (owner_id) REFERENCES accounts (id),
    CONSTRAINT fk_action_items_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_action_items_done_by FOREIGN KEY (done_by) REFERENCES accounts (id),
    CONSTRAINT fk_action_items_created_by FOREIGN KEY (created_by) REFERENCES accounts (id)
);
CREATE INDEX ix_action_items_organisation_open ON action_items (organisation_id, done_at, due_day);
CREATE INDEX ix_action_items_owner_open ON action_items (owner_id, done_at, due_day);
CREATE INDEX ix_action_items_meeting ON action_items (meeting_id);
CREATE INDEX ix_action_items_due ON action_items (due_day, done_at);

CREATE TABLE action_item_reminders (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_item_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_action_item_reminders UNIQUE (action_item_id, kind),
    CONSTRAINT fk_action_item_reminders_item FOREIGN KEY (action_item_id) REFERENCES action_items (id)
);
