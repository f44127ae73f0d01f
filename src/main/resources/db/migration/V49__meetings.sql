-- Issue 17 (cadence): each organisation's review series (its rule, in the organisation's zone, and who attends from
-- both sides) and the meetings themselves: the occurrences of a series, kept as rows once they are near (so that one
-- can be moved, cancelled, held and minuted on its own), and single meetings such as a discovery workshop. An
-- occurrence remembers the start the series gave it (occurrence_of, the RECURRENCE-ID of its calendar entry); the
-- calendar entry of a series or a single meeting is identified by ics_uid and updated with a higher ics_sequence.
CREATE TABLE meeting_series (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    cadence VARCHAR(20) NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    week_of_month INT NULL,
    local_time TIME NOT NULL,
    length_minutes INT NOT NULL,
    time_zone VARCHAR(60) NOT NULL,
    first_day DATE NOT NULL,
    active BOOLEAN NOT NULL,
    ics_uid VARCHAR(100) NOT NULL,
    ics_sequence INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_meeting_series_organisation UNIQUE (organisation_id),
    CONSTRAINT uq_meeting_series_ics_uid UNIQUE (ics_uid),
    CONSTRAINT fk_meeting_series_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE TABLE meeting_series_attendees (
    series_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (series_id, account_id),
    CONSTRAINT fk_meeting_series_attendees_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT fk_meeting_series_attendees_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE TABLE meetings (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    series_id BIGINT NULL,
    kind VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    title VARCHAR(200) NULL,
    starts_at DATETIME(6) NOT NULL,
    occurrence_of DATETIME(6) NULL,
    length_minutes INT NOT NULL,
    time_zone VARCHAR(60) NOT NULL,
    ics_uid VARCHAR(100) NOT NULL,
    ics_sequence INT NOT NULL,
    change_reason VARCHAR(1000) NULL,
    held_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_meetings_occurrence UNIQUE (series_id, occurrence_of),
    CONSTRAINT fk_meetings_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_meetings_series FOREIGN KEY (series_id) REFERENCES meeting_series (id)
);
CREATE INDEX ix_meetings_organisation_start ON meetings (organisation_id, starts_at);
CREATE INDEX ix_meetings_start ON meetings (starts_at);

-- Who is invited to one meeting: a copy of the series' attendees when the occurrence is made, or a workshop's own.
CREATE TABLE meeting_participants (
    meeting_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, account_id),
    CONSTRAINT fk_meeting_participants_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id),
    CONSTRAINT fk_meeting_participants_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
