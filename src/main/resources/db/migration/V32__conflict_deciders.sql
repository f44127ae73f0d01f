-- Issue 15: resolved conflicts stay findable with who decided, when, and why (the note was already kept).
ALTER TABLE planning_conflicts ADD COLUMN handled_by_id BIGINT;
ALTER TABLE planning_conflicts ADD COLUMN handled_at DATETIME(6);
ALTER TABLE planning_conflicts ADD CONSTRAINT fk_planning_conflicts_handled_by
    FOREIGN KEY (handled_by_id) REFERENCES accounts (id);
CREATE INDEX ix_planning_conflicts_updated ON planning_conflicts (updated_at);
