-- The catalogue systems a change, integration, bug or incident touches (issue 5): what conflict
-- detection and the freeze windows work on.
CREATE TABLE request_systems (
    request_id BIGINT NOT NULL,
    system_id  BIGINT NOT NULL,
    CONSTRAINT pk_request_systems PRIMARY KEY (request_id, system_id),
    CONSTRAINT fk_request_systems_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_systems_system FOREIGN KEY (system_id) REFERENCES systems (id)
);
CREATE INDEX ix_request_systems_system ON request_systems (system_id, request_id);
