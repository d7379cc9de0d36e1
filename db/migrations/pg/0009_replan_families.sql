-- Pledgewatch schema, version 9, for PostgreSQL (see db/migrations/0009_replan_families.sql):
-- which pledges an unfinished server-wide replan walks.
ALTER TABLE replan_marks ADD COLUMN deadlines BOOLEAN NOT NULL DEFAULT true,
                         ADD COLUMN reviews BOOLEAN NOT NULL DEFAULT true;
