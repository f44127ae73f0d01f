-- Inbox filters each team member saves under a name of their own.
CREATE TABLE saved_filters (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    name            VARCHAR(80)  NOT NULL,
    title_words     VARCHAR(200) NOT NULL,
    kind            VARCHAR(20),
    status          VARCHAR(30),
    organisation_id BIGINT,
    unassigned_only BOOLEAN      NOT NULL,
    system_start    VARCHAR(200),
    older_than_days INT,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_saved_filters_name UNIQUE (account_id, name),
    CONSTRAINT fk_saved_filters_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_saved_filters_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

-- (The inbox filter on the affected system matches its start in any case; systems get a catalogue in issue 5.)
