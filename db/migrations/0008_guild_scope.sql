-- Pledgewatch schema, version 8: every row of a server names its server, and every
-- query the bot runs for a server names it too (issue 15), so the PostgreSQL twin can
-- be distributed by guild_id (Citus) without changes; see docs/scaling.md.
--
-- The history gets guild_id, filled from each event's pledge. In place (ALTER TABLE ADD
-- COLUMN, not a rebuild), so the triggers and indexes other migrations put on the table
-- stay. SQLite adds neither a NOT NULL column without a default nor a foreign key in
-- place: the default 0 never stands (the fill replaces it, and the trigger below
-- refuses an event whose guild_id is not its pledge's, 0 included), and that trigger
-- does what PostgreSQL's composite foreign key does. guild_id comes last, as in
-- PostgreSQL (tests/db/test_pg.py compares the columns in order).
ALTER TABLE pledge_events ADD COLUMN guild_id INTEGER NOT NULL DEFAULT 0;
-- The append-only guard refuses the fill: off for this one statement, in the migration's
-- transaction.
DROP TRIGGER pledge_events_no_update;
UPDATE pledge_events
   SET guild_id = (SELECT p.guild_id FROM pledges p WHERE p.id = pledge_events.pledge_id);
CREATE TRIGGER pledge_events_no_update BEFORE UPDATE ON pledge_events
BEGIN SELECT RAISE(ABORT, 'pledge history is append-only'); END;

CREATE TRIGGER pledge_events_same_server BEFORE INSERT ON pledge_events
WHEN new.guild_id IS NOT (SELECT p.guild_id FROM pledges p WHERE p.id = new.pledge_id)
BEGIN SELECT RAISE(ABORT, 'a history event must name its pledge''s server'); END;

-- A pledge's history (/pledge show) and a server's history in pledge order (scorecards,
-- export), both from one index.
DROP INDEX pledge_events_by_pledge;
CREATE INDEX pledge_events_by_pledge ON pledge_events (guild_id, pledge_id, id);

-- The by-pledge lookups of the outbox and the follows name the server first, and the
-- outbox's once-guard includes it (Citus wants every unique index to hold guild_id).
-- Their foreign keys stay on pledges (id) here: rebuilding the outbox for a composite
-- key buys SQLite nothing; the PostgreSQL twin has the composite keys.
DROP INDEX alert_outbox_by_pledge;
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (guild_id, pledge_id);
DROP INDEX alert_outbox_once;
CREATE UNIQUE INDEX alert_outbox_once ON alert_outbox (guild_id, pledge_id, kind, due_at)
    WHERE state != 'cancelled' AND kind IN ('heads_up', 'due', 'follow_up', 'review');
DROP INDEX follows_by_pledge;
CREATE INDEX follows_by_pledge ON follows (guild_id, pledge_id) WHERE pledge_id IS NOT NULL;

-- The scorecard tallies' triggers (0007) name the pledge by its server too.
DROP TRIGGER pledge_events_ruled;
DROP TRIGGER pledge_events_reopened;
DROP TRIGGER pledge_events_extended;
CREATE TRIGGER pledge_events_ruled AFTER INSERT ON pledge_events WHEN new.kind = 'ruled'
BEGIN
    UPDATE pledges SET ruled_at = new.at
     WHERE guild_id = new.guild_id AND id = new.pledge_id
       AND (ruled_at IS NULL OR ruled_at <= new.at);
END;
CREATE TRIGGER pledge_events_reopened AFTER INSERT ON pledge_events WHEN new.kind = 'reopened'
BEGIN
    UPDATE pledges SET ruled_at = NULL WHERE guild_id = new.guild_id AND id = new.pledge_id;
END;
CREATE TRIGGER pledge_events_extended AFTER INSERT ON pledge_events WHEN new.kind = 'extended'
BEGIN
    UPDATE pledges SET extensions = extensions + 1
     WHERE guild_id = new.guild_id AND id = new.pledge_id;
END;
