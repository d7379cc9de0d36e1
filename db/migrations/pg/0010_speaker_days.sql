-- Pledgewatch schema, version 10, for PostgreSQL (see db/migrations/0010_speaker_days.sql):
-- nothing to change. SQLite now keeps each speaker's open pledges by due day and their
-- late-ruled count in tables of its own, because it can only count index entries one by
-- one; PostgreSQL still counts both through its indexes (db/pg/keeping.py), and its
-- scorecard figures are reported beside SQLite's in docs/scaling.md.
SELECT 1;
