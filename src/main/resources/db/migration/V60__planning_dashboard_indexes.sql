-- Dashboards (issue 18, slice "planning"): the open conflicts (active and not decided) are counted by kind for the
-- team's dashboard and per organisation for the relationship health list on every page view or recompute. This index
-- answers the counts from the index alone and narrows every open-conflict list to the open rows, instead of reading
-- every active conflict's row (decided ones included) through ix_planning_conflicts_active.
CREATE INDEX ix_planning_conflicts_open ON planning_conflicts (active, handling, kind);
