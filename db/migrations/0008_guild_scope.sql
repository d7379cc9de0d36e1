-- Pledgewatch schema, version 8: every row of a server names its server, and every
-- query the bot runs for a server names it too (issue 15), so the PostgreSQL twin can
-- be distributed by guild_id (Citus) without changes; see docs/scaling.md.
--
-- The history gets guild_id. SQLite cannot add a NOT NULL column without a default, nor
-- a foreign key, to a table in place, so pledge_events is rebuilt: guild_id NOT NULL
-- (no default: an event that does not say its server is refused), filled from its
-- pledge, and its pledge referenced by (guild_id, id), so an event can never name a
-- server other than its pledge's. guild_id comes last, as PostgreSQL's ALTER TABLE
-- ADD COLUMN puts it (tests/db/test_pg.py compares the columns in order).

-- The parent key of that reference: SQLite wants a unique index on exactly those columns.
CREATE UNIQUE INDEX pledges_by_guild_id ON pledges (guild_id, id);

CREATE TABLE pledge_events_scoped (
    id              INTEGER PRIMARY KEY,
    pledge_id       INTEGER NOT NULL,
    at              TEXT    NOT NULL,
    actor_id        INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    field           TEXT,
    from_value      TEXT,
    to_value        TEXT,
    note            TEXT,
    evidence_url    TEXT,
    guild_id        INTEGER NOT NULL,
    FOREIGN KEY (guild_id, pledge_id) REFERENCES pledges (guild_id, id)
);
INSERT INTO pledge_events_scoped
       (id, pledge_id, at, actor_id, kind, field, from_value, to_value, note, evidence_url,
        guild_id)
SELECT e.id, e.pledge_id, e.at, e.actor_id, e.kind, e.field, e.from_value, e.to_value,
       e.note, e.evidence_url, p.guild_id
  FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id;
-- Dropping the table drops its index and its append-only triggers (a DROP fires none).
DROP TABLE pledge_events;
ALTER TABLE pledge_events_scoped RENAME TO pledge_events;

-- A pledge's history (/pledge show) and a server's history in pledge order (scorecards,
-- export), both from one index.
CREATE INDEX pledge_events_by_pledge ON pledge_events (guild_id, pledge_id, id);

CREATE TRIGGER pledge_events_no_update BEFORE UPDATE ON pledge_events
BEGIN SELECT RAISE(ABORT, 'pledge history is append-only'); END;
CREATE TRIGGER pledge_events_no_delete BEFORE DELETE ON pledge_events
BEGIN SELECT RAISE(ABORT, 'pledge history is append-only'); END;

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
