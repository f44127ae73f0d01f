-- Requests the team shares with every organisation, the support other organisations give them with
-- their own impact statement, and the words of every title for "similar requests" while typing
-- (a word index: the same query on H2 and MariaDB, served by one index).
ALTER TABLE requests ADD COLUMN shared BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_requests_shared ON requests (shared, created_at, id);

CREATE TABLE request_supports (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    request_id      BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    impact          VARCHAR(1000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_request_supports UNIQUE (request_id, organisation_id),
    CONSTRAINT fk_request_supports_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_supports_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_request_supports_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_request_supports_organisation ON request_supports (organisation_id, request_id);

CREATE TABLE request_title_words (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT      NOT NULL,
    word       VARCHAR(60) NOT NULL,
    CONSTRAINT uk_request_title_words UNIQUE (request_id, word),
    CONSTRAINT fk_request_title_words_request FOREIGN KEY (request_id) REFERENCES requests (id)
);
CREATE INDEX ix_request_title_words_word ON request_title_words (word, request_id);
