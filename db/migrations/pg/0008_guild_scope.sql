-- Pledgewatch schema, version 8, for PostgreSQL (see db/migrations/0008_guild_scope.sql):
-- every row of a server names its server, and every key that Citus would have to route
-- holds guild_id, so the schema can be distributed by guild_id without changes
-- (docs/scaling.md, "Past one database: Citus").

-- The history gets guild_id, filled from its pledge, then NOT NULL. The append-only
-- trigger refuses the fill, so it is off for this one statement, inside the migration's
-- transaction.
ALTER TABLE pledge_events ADD COLUMN guild_id BIGINT;
ALTER TABLE pledge_events DISABLE TRIGGER pledge_events_no_update;
UPDATE pledge_events e SET guild_id = p.guild_id FROM pledges p WHERE p.id = e.pledge_id;
ALTER TABLE pledge_events ENABLE TRIGGER pledge_events_no_update;
ALTER TABLE pledge_events ALTER COLUMN guild_id SET NOT NULL;

-- Primary keys and foreign keys between server tables hold the distribution column:
-- a pledge is (guild_id, id), and what refers to it names both, so a row can never
-- point at another server's pledge.
ALTER TABLE pledge_events DROP CONSTRAINT pledge_events_pledge_id_fkey;
ALTER TABLE alert_outbox DROP CONSTRAINT alert_outbox_pledge_id_fkey;
ALTER TABLE follows DROP CONSTRAINT follows_pledge_id_fkey;
ALTER TABLE pledges DROP CONSTRAINT pledges_pkey, ADD PRIMARY KEY (guild_id, id);
ALTER TABLE pledge_events DROP CONSTRAINT pledge_events_pkey, ADD PRIMARY KEY (guild_id, id);
ALTER TABLE alert_outbox DROP CONSTRAINT alert_outbox_pkey, ADD PRIMARY KEY (guild_id, id);
ALTER TABLE follows DROP CONSTRAINT follows_pkey, ADD PRIMARY KEY (guild_id, id);
ALTER TABLE pledge_events ADD CONSTRAINT pledge_events_pledge_fkey
    FOREIGN KEY (guild_id, pledge_id) REFERENCES pledges (guild_id, id);
ALTER TABLE alert_outbox ADD CONSTRAINT alert_outbox_pledge_fkey
    FOREIGN KEY (guild_id, pledge_id) REFERENCES pledges (guild_id, id);
ALTER TABLE follows ADD CONSTRAINT follows_pledge_fkey
    FOREIGN KEY (guild_id, pledge_id) REFERENCES pledges (guild_id, id);

-- A pledge's history, and a server's history in pledge order, from one index.
DROP INDEX pledge_events_by_pledge;
CREATE INDEX pledge_events_by_pledge ON pledge_events (guild_id, pledge_id, id);

-- The by-pledge lookups name the server first; the once-guard includes it.
DROP INDEX alert_outbox_by_pledge;
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (guild_id, pledge_id);
DROP INDEX alert_outbox_once;
CREATE UNIQUE INDEX alert_outbox_once ON alert_outbox (guild_id, pledge_id, kind, due_at)
    WHERE state <> 'cancelled' AND kind IN ('heads_up', 'due', 'follow_up', 'review');
DROP INDEX follows_by_pledge;
CREATE INDEX follows_by_pledge ON follows (guild_id, pledge_id) WHERE pledge_id IS NOT NULL;

-- The scorecard tallies' trigger (0007) names the pledge by its server too: by id alone
-- it would no longer find the pledge through its primary key, (guild_id, id).
CREATE OR REPLACE FUNCTION pledge_events_keep_pledge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pledgewatch.importing', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF NEW.kind = 'ruled' THEN
        UPDATE pledges SET ruled_at = NEW.at
         WHERE guild_id = NEW.guild_id AND id = NEW.pledge_id
           AND (ruled_at IS NULL OR ruled_at <= NEW.at);
    ELSIF NEW.kind = 'reopened' THEN
        UPDATE pledges SET ruled_at = NULL WHERE guild_id = NEW.guild_id AND id = NEW.pledge_id;
    ELSIF NEW.kind = 'extended' THEN
        UPDATE pledges SET extensions = extensions + 1
         WHERE guild_id = NEW.guild_id AND id = NEW.pledge_id;
    END IF;
    RETURN NULL;
END;
$$;
