-- Issue 15: an invitation carries the invitee's proposed display name (used as the account's name
-- when the invitee creates the account; never put into the e-mail), and a withdrawn invitation is told
-- apart from one replaced by a newer link.
ALTER TABLE invitations ADD COLUMN display_name VARCHAR(120) NULL;
ALTER TABLE invitations ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
