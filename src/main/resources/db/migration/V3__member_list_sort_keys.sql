-- The member list is a list of memberships ordered by the person's name and filtered by organisation,
-- role, state and name/e-mail prefix. With the name only on accounts, MariaDB had to sort every
-- membership for each page (benchmark: 330,000 rows read for the first page of 105,000 members).
-- A copy of the person's search name and e-mail on each membership lets one index per filter serve
-- both the filter and the order, so a page reads about as many rows as it shows.
ALTER TABLE memberships ADD COLUMN member_search_name VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE memberships ADD COLUMN member_email VARCHAR(254) DEFAULT '' NOT NULL;
UPDATE memberships SET
    member_search_name = (SELECT a.search_name FROM accounts a WHERE a.id = memberships.account_id),
    member_email = (SELECT a.email FROM accounts a WHERE a.id = memberships.account_id);

CREATE INDEX ix_memberships_member_name ON memberships (member_search_name, id);
CREATE INDEX ix_memberships_member_email ON memberships (member_email, id);
CREATE INDEX ix_memberships_organisation_name ON memberships (organisation_id, member_search_name, id);
CREATE INDEX ix_memberships_role_name ON memberships (role, member_search_name, id);
CREATE INDEX ix_memberships_active_name ON memberships (active, member_search_name, id);
