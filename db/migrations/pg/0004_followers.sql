-- Pledgewatch schema, version 4, for PostgreSQL (see db/migrations/0004_followers.sql):
-- members who follow a pledge or a speaker.
CREATE TABLE follows (
    id          BIGSERIAL PRIMARY KEY,
    guild_id    BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    pledge_id   BIGINT  REFERENCES pledges (id),
    speaker_key TEXT,
    speaker     TEXT,
    dm          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK ((pledge_id IS NULL) <> (speaker_key IS NULL))
);
CREATE UNIQUE INDEX follows_pledge_once ON follows (guild_id, user_id, pledge_id)
    WHERE pledge_id IS NOT NULL;
CREATE UNIQUE INDEX follows_speaker_once ON follows (guild_id, user_id, speaker_key)
    WHERE speaker_key IS NOT NULL;
CREATE INDEX follows_by_pledge ON follows (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE INDEX follows_by_speaker ON follows (guild_id, speaker_key) WHERE speaker_key IS NOT NULL;

CREATE TABLE follower_notices (
    guild_id      BIGINT NOT NULL,
    user_id       BIGINT NOT NULL,
    dm_refused_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
