-- Issue 17: rich e-mail in the outbox. A message may carry an HTML alternative of its text and files (a calendar
-- invitation, a report's PDF). Like links, the files are kept only until the message is sent or given up: then
-- their content is dropped and only their names stay (the Outbox view shows them). LONGTEXT and LONGBLOB are read
-- by H2 (MariaDB mode) as its large objects; the size limits are the outbox's own (OutboxAttachment).
ALTER TABLE mail_outbox ADD COLUMN html LONGTEXT NULL;

CREATE TABLE mail_outbox_attachments (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    message_id BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    media_type VARCHAR(200) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    LONGBLOB     NULL,
    CONSTRAINT fk_mail_outbox_attachments_message FOREIGN KEY (message_id) REFERENCES mail_outbox (id)
);
CREATE INDEX ix_mail_outbox_attachments_message ON mail_outbox_attachments (message_id, sort_order);
