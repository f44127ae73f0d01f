-- Issue 17: each person's calendar feed, a secret address calendar apps subscribe to. Only the SHA-256 of its
-- 256-bit token is kept (a copy of the database opens no feed); a new address or "stop" revokes the old one.
CREATE TABLE calendar_feeds (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT uq_calendar_feeds_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feeds_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_calendar_feeds_account ON calendar_feeds (account_id, revoked_at);
