-- In-app notifications (the bell), each person's choice of what reaches them and how, and who
-- watches which request. A notification keeps its message key and arguments, so that it is shown in
-- the reader's language at the time it is read.
CREATE TABLE notifications (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    arguments    VARCHAR(1000) NOT NULL,
    link         VARCHAR(300)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT fk_notifications_recipient FOREIGN KEY (recipient_id) REFERENCES accounts (id)
);
CREATE INDEX ix_notifications_recipient ON notifications (recipient_id, created_at, id);
CREATE INDEX ix_notifications_unread ON notifications (recipient_id, read_at);

CREATE TABLE notification_preferences (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    in_app     BOOLEAN     NOT NULL,
    by_email   BOOLEAN     NOT NULL,
    CONSTRAINT uk_notification_preferences UNIQUE (account_id, event_type),
    CONSTRAINT fk_notification_preferences_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE TABLE request_watchers (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_request_watchers UNIQUE (request_id, account_id),
    CONSTRAINT fk_request_watchers_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_watchers_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_request_watchers_account ON request_watchers (account_id);
