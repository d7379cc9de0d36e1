-- A placeholder for version 7, which the scorecard tallies take on their own branch
-- (issue 15's helpers work in parallel; migrations must be numbered without gaps).
-- Delete this file when that branch's 0007 is merged beside 0008_guild_scope.sql.
SELECT 1;
