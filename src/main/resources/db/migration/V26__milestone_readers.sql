-- Who reads a milestone (issue 14): the organisations whose requests it delivers, and, when the team marks it
-- public, every organisation that sees its initiative. Existing milestones are not public: an organisation no
-- longer reads another's milestone on a shared or public initiative until the team says so.
ALTER TABLE milestones ADD COLUMN public_item BOOLEAN NOT NULL DEFAULT FALSE;

-- A changelog entry is read by whoever reads its milestone, decided when it is read: the copies of the
-- initiative's public flag and of the milestone's organisations taken at delivery go.
DROP INDEX ix_changelog_entries_everyone ON changelog_entries;
ALTER TABLE changelog_entries DROP COLUMN for_everyone;
DROP TABLE changelog_audience;
-- A changelog, newest first.
CREATE INDEX ix_changelog_entries_published ON changelog_entries (published_at, id);
