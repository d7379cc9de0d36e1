-- Pledgewatch schema, version 9: a server-wide replan walks only the pledges whose
-- plans the new schedule changes. A new review interval touches the pledges without a
-- deadline; a new heads-up, follow-ups or repeat, those with one (changed_families in
-- bot/core/alerts.py). An unfinished replan's mark says which; a mark left by an
-- earlier version walks both.
ALTER TABLE replan_marks ADD COLUMN deadlines INTEGER NOT NULL DEFAULT 1;
ALTER TABLE replan_marks ADD COLUMN reviews INTEGER NOT NULL DEFAULT 1;
