-- Issue 16 (feedback): the feedback form after a delivery and the relationship survey share one table. A form is
-- sent to one person through a single-use link (only the SHA-256 of its token is kept) and answered once, by
-- the link or in the app: the same row either way. A delivery form copies the request's title and the assignee
-- at delivery (results per team member); a survey form belongs to one round (the scheduled day) of its
-- organisation, and the unique key keeps a round from reaching anybody twice.
CREATE TABLE feedback_forms (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    organisation_id BIGINT NOT NULL,
    recipient_id BIGINT NOT NULL,
    request_id BIGINT NULL,
    title VARCHAR(200) NULL,
    assignee_id BIGINT NULL,
    round_on DATE NULL,
    sent_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    replaced_at DATETIME(6) NULL,
    answered_at DATETIME(6) NULL,
    answered_month VARCHAR(7) NULL,
    score INT NULL,
    resolved BOOLEAN NULL,
    answer_comment VARCHAR(2000) NULL,
    CONSTRAINT uk_feedback_forms_token UNIQUE (token_hash),
    CONSTRAINT uk_feedback_forms_round UNIQUE (kind, organisation_id, recipient_id, round_on),
    CONSTRAINT ck_feedback_forms_score CHECK (score IS NULL OR (score >= 0 AND score <= 10))
);
CREATE INDEX ix_feedback_forms_request ON feedback_forms (request_id);
CREATE INDEX ix_feedback_forms_recipient ON feedback_forms (recipient_id, answered_at);
CREATE INDEX ix_feedback_forms_results ON feedback_forms (kind, organisation_id, answered_month);

-- A low answer (a rating of 2 or less, a survey score of 6 or less) opens one follow-up for the organisation's
-- account manager at that moment (null when it has none: the whole team sees it); done with a note.
CREATE TABLE feedback_follow_ups (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    form_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    account_manager_id BIGINT NULL,
    state VARCHAR(10) NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    done_at DATETIME(6) NULL,
    done_by BIGINT NULL,
    note VARCHAR(1000) NULL,
    CONSTRAINT uk_feedback_follow_ups_form UNIQUE (form_id),
    CONSTRAINT fk_feedback_follow_ups_form FOREIGN KEY (form_id) REFERENCES feedback_forms (id)
);
CREATE INDEX ix_feedback_follow_ups_state ON feedback_follow_ups (state, opened_at);

-- When each department or client receives its next relationship survey (null: turned off). Rows are made by the
-- daily job for organisations that have none yet, due at the start of the next calendar quarter.
CREATE TABLE survey_schedules (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    next_on DATE NULL,
    last_sent_on DATE NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_survey_schedules_organisation UNIQUE (organisation_id)
);
CREATE INDEX ix_survey_schedules_next ON survey_schedules (next_on);
