-- Pledgewatch schema, version 3: which message a waiting alert goes out in, fixed
-- before its first send, so that a retry (after a crash, a timeout or a 5xx that may
-- have posted after all) sends exactly the same messages with the same nonces.
--
-- send_as is NULL for an alert never handed to Discord (it may still be grouped freely),
-- 'single' for an alert that goes out as its own message (nonce from the row), or the
-- nonce of the digest page it belongs to: every row with that nonce goes out together,
-- in that one message, and never in another.
ALTER TABLE alert_outbox ADD COLUMN send_as TEXT;

-- The rows of a digest page that has not been confirmed yet: a server's next batch takes
-- these first and whole. Few rows ever match (at most one batch per server).
CREATE INDEX alert_outbox_digest_pages ON alert_outbox (guild_id)
    WHERE state IN ('pending', 'claimed') AND send_as IS NOT NULL AND send_as != 'single';
