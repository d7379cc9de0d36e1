-- Pledgewatch schema, version 11, for PostgreSQL (see db/migrations/0011_busiest_by_speaker.sql):
-- each spelling's pledges in a timeline's busiest order.
CREATE INDEX pledges_busiest_by_speaker
    ON pledges (guild_id, speaker, status, extensions DESC, due_at DESC NULLS LAST)
    WHERE deleted_at IS NULL;
