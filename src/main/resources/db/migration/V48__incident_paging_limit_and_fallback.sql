-- Issue 16 (on-call findings): a paging held back by its organisation's hourly page limit keeps how many pages the
-- organisation had in the last hour; when no step of the policy named anybody who could be paged, the paging keeps
-- what was done instead (the lead(s) paged, or the team told) and when.
ALTER TABLE incident_pagings ADD COLUMN withheld_pages INT NULL;
ALTER TABLE incident_pagings ADD COLUMN fallback VARCHAR(20) NULL;
ALTER TABLE incident_pagings ADD COLUMN fallback_at DATETIME(6) NULL;
CREATE INDEX ix_incident_pagings_organisation_started ON incident_pagings (organisation_id, started_at);
