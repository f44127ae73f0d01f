-- Issue 18 (health): the relationship health list, stored by a recompute (a job every few minutes, once across
-- nodes) so that 5,000 organisations page and sort by any column from an index instead of being measured on the fly.
-- The organisations measured, with a copy of their name: the list sorted by name reads the name index.
CREATE TABLE relationship_health_organisations (
    organisation_id BIGINT NOT NULL PRIMARY KEY,
    organisation_name VARCHAR(120) NOT NULL,
    CONSTRAINT fk_relationship_health_organisations_organisation FOREIGN KEY (organisation_id)
        REFERENCES organisations (id)
);
CREATE INDEX ix_relationship_health_organisations_name
    ON relationship_health_organisations (organisation_name, organisation_id);

-- One value per organisation and signal; an organisation without a value for a signal has no row. The primary key is
-- led by the organisation, so that the 50 rows of a page read their values in one range each; the second index serves
-- "a page sorted by this signal", in either direction, and the count of the organisations that have a value.
CREATE TABLE relationship_health_values (
    organisation_id BIGINT NOT NULL,
    signal_key VARCHAR(40) NOT NULL,
    signal_value BIGINT NOT NULL,
    CONSTRAINT pk_relationship_health_values PRIMARY KEY (organisation_id, signal_key),
    CONSTRAINT fk_relationship_health_values_organisation FOREIGN KEY (organisation_id)
        REFERENCES relationship_health_organisations (organisation_id)
);
CREATE INDEX ix_relationship_health_values_sorted
    ON relationship_health_values (signal_key, signal_value, organisation_id);

-- The one row saying when the stored values were computed and how long it took; a recompute locks it first, so that
-- two (the job and an admin's button) replace the values one after the other.
CREATE TABLE relationship_health_runs (
    id INT NOT NULL PRIMARY KEY,
    computed_at DATETIME(6) NULL,
    duration_ms BIGINT NULL,
    organisation_count INT NULL,
    value_count INT NULL
);
INSERT INTO relationship_health_runs (id) VALUES (1);
