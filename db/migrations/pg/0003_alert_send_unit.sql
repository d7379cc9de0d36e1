-- Pledgewatch schema, version 3, for PostgreSQL (see db/migrations/0003_alert_send_unit.sql):
-- which message a waiting alert goes out in, fixed before its first send.
ALTER TABLE alert_outbox ADD COLUMN send_as TEXT;

CREATE INDEX alert_outbox_digest_pages ON alert_outbox (guild_id)
    WHERE state IN ('pending', 'claimed') AND send_as IS NOT NULL AND send_as <> 'single';
