-- issue 15: the inbox lists open requests only by default, and a saved filter remembers that choice.
-- Filters saved before listed every status: they keep doing so.
ALTER TABLE saved_filters ADD COLUMN open_only BOOLEAN NOT NULL DEFAULT FALSE;
