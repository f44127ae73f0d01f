-- Notification arguments carry their kind (text, translation key, day) in a form no text can imitate.
-- Rows written before keep format 1 (prefixes such as "date:" inside the text) and are read safely.
ALTER TABLE notifications ADD COLUMN arguments_format INT DEFAULT 1 NOT NULL;

-- Links in e-mails open accounts (invitations, password resets): a message sent or given up keeps none.
UPDATE mail_outbox SET body = REGEXP_REPLACE(body, 'https?://[^ \t\r\n]+', '[***]')
WHERE status IN ('SENT', 'FAILED');
