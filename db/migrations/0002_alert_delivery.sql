-- Pledgewatch schema, version 2: what the alert dispatcher needs to deliver alerts
-- once, per server, without hammering a channel it cannot post in.

-- A server whose alert channel refused a message (403/404), or whose sends keep failing
-- (429/5xx), waits until retry_at before the next attempt. The wait is per server so
-- that one server's broken channel never delays another server's alerts, and it is
-- stored (not kept in memory) so that a restart does not start a fresh burst of
-- requests Discord would count as invalid. channel_id is the channel that failed: when
-- a member picks another channel the wait no longer applies.
CREATE TABLE alert_guild_state (
    guild_id    INTEGER PRIMARY KEY,
    failures    INTEGER NOT NULL DEFAULT 0,
    retry_at    TEXT    NOT NULL,
    channel_id  INTEGER,
    last_error  TEXT,
    updated_at  TEXT    NOT NULL
);

-- The dispatcher asks, per server with an alert channel, "when is your first waiting
-- alert?" and "which of your alerts are due now?". A global scan by due time would have
-- to step over the waiting rows of every paused server first.
CREATE INDEX alert_outbox_guild_waiting ON alert_outbox (guild_id, due_at)
    WHERE state IN ('pending', 'claimed');

-- Rows delivered inside a digest share the digest's message id; they must not be taken
-- for the pledge's own alert message (which carries the ruling buttons and is edited
-- after a ruling).
ALTER TABLE alert_outbox ADD COLUMN digest INTEGER NOT NULL DEFAULT 0 CHECK (digest IN (0, 1));
