-- The systems an initiative touches, from the requests its milestones deliver: the roadmap's filter by system;
-- and the reason a milestone's date was committed outside the proposal.
CREATE TABLE initiative_systems (
    initiative_id BIGINT NOT NULL,
    system_id     BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, system_id),
    CONSTRAINT fk_initiative_systems_initiative FOREIGN KEY (initiative_id) REFERENCES initiatives (id),
    CONSTRAINT fk_initiative_systems_system FOREIGN KEY (system_id) REFERENCES systems (id)
);
CREATE INDEX ix_initiative_systems_system ON initiative_systems (system_id, initiative_id);

-- Why the team committed a milestone's date when it lies outside what the schedule supports.
ALTER TABLE milestones ADD COLUMN commit_reason VARCHAR(1000);
