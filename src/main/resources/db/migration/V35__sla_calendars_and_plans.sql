-- Issue 16: business calendars (working periods per weekday in a zone, holidays) and SLA plans (per priority a
-- first-response and a resolution target, each counted on a calendar), and which plan each organisation is on.
CREATE TABLE business_calendars (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    time_zone VARCHAR(60) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_business_calendars_name UNIQUE (name)
);

-- A period ends at ends_at, or at midnight at the end of the day when ends_at is null.
CREATE TABLE business_calendar_hours (
    calendar_id BIGINT NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NULL,
    CONSTRAINT fk_calendar_hours_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendars (id)
);
CREATE INDEX ix_calendar_hours_calendar ON business_calendar_hours (calendar_id);

-- A yearly holiday comes back on the same month and day every year (the year of holiday_on is kept as typed).
CREATE TABLE business_calendar_holidays (
    calendar_id BIGINT NOT NULL,
    holiday_on DATE NOT NULL,
    yearly BOOLEAN NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT fk_calendar_holidays_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendars (id)
);
CREATE INDEX ix_calendar_holidays_calendar ON business_calendar_holidays (calendar_id);

CREATE TABLE sla_plans (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    on_call_cover BOOLEAN NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sla_plans_name UNIQUE (name)
);

CREATE TABLE sla_plan_targets (
    plan_id BIGINT NOT NULL,
    priority VARCHAR(20) NOT NULL,
    first_response_minutes INT NOT NULL,
    first_response_calendar_id BIGINT NOT NULL,
    resolution_minutes INT NOT NULL,
    resolution_calendar_id BIGINT NOT NULL,
    CONSTRAINT pk_sla_plan_targets PRIMARY KEY (plan_id, priority),
    CONSTRAINT fk_plan_targets_plan FOREIGN KEY (plan_id) REFERENCES sla_plans (id),
    CONSTRAINT fk_plan_targets_first_calendar FOREIGN KEY (first_response_calendar_id) REFERENCES business_calendars (id),
    CONSTRAINT fk_plan_targets_resolution_calendar FOREIGN KEY (resolution_calendar_id) REFERENCES business_calendars (id)
);

-- One plan per organisation; an organisation without a row has no SLA (its requests run no clock).
CREATE TABLE sla_plan_assignments (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    plan_id BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sla_plan_assignments_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_plan_assignments_plan FOREIGN KEY (plan_id) REFERENCES sla_plans (id),
    CONSTRAINT fk_plan_assignments_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
