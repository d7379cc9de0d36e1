-- Pledgewatch schema, version 2, for PostgreSQL (see db/migrations/0002_alert_delivery.sql):
-- a server's delivery backoff, and its waiting alerts by due time.

CREATE TABLE alert_guild_state (
    guild_id    BIGINT  PRIMARY KEY,
    failures    INTEGER NOT NULL DEFAULT 0,
    retry_at    TIMESTAMPTZ NOT NULL,
    channel_id  BIGINT,
    last_error  TEXT,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX alert_outbox_guild_waiting ON alert_outbox (guild_id, due_at, id)
    WHERE state IN ('pending', 'claimed');

ALTER TABLE alert_outbox ADD COLUMN digest BOOLEAN NOT NULL DEFAULT FALSE;
