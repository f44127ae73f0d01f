-- Issue 16 (benchmark finding): a plan or calendar change no longer computes every open clock again inside its own
-- transaction (the 7,448 open clocks of the largest organisation held their rows locked for minutes). The change
-- marks its open clocks in one statement; after its commit they are computed again a page at a time, each page in a
-- transaction of its own, and the minute scan finishes whatever a crash left marked (sla.ClockRecomputations).
ALTER TABLE sla_clocks ADD COLUMN recompute_cause VARCHAR(20) NULL;
ALTER TABLE sla_clocks ADD COLUMN recompute_actor_id BIGINT NULL;
CREATE INDEX ix_sla_clocks_recompute ON sla_clocks (recompute_cause, id);
