-- Files attached to a request or to one of its comments. The file lives in the attachment directory
-- under a generated name; the original name is only ever shown and sent back safely encoded.
CREATE TABLE request_attachments (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    comment_id     BIGINT,
    uploaded_by_id BIGINT       NOT NULL,
    original_name  VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(64)  NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    internal       BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_request_attachments_stored_name UNIQUE (stored_name),
    CONSTRAINT fk_request_attachments_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT fk_request_attachments_comment FOREIGN KEY (comment_id) REFERENCES request_comments (id),
    CONSTRAINT fk_request_attachments_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES accounts (id)
);
CREATE INDEX ix_request_attachments_request ON request_attachments (request_id, created_at, id);
