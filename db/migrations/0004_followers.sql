-- Pledgewatch schema, version 4: members who follow a pledge, or every pledge of a
-- speaker, and are mentioned (or sent a direct message) when its alerts go out.
--
-- A row follows exactly one thing: a pledge (pledge_id) or a speaker (speaker_key, the
-- casefolded name, so that it also covers that speaker's pledges recorded later).
CREATE TABLE follows (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    pledge_id   INTEGER REFERENCES pledges (id),
    speaker_key TEXT,
    speaker     TEXT,                   -- the name as the member chose it, for /pledge following
    dm          INTEGER NOT NULL DEFAULT 0 CHECK (dm IN (0, 1)),
    created_at  TEXT    NOT NULL,
    CHECK ((pledge_id IS NULL) != (speaker_key IS NULL))
);
CREATE UNIQUE INDEX follows_pledge_once ON follows (guild_id, user_id, pledge_id)
    WHERE pledge_id IS NOT NULL;
CREATE UNIQUE INDEX follows_speaker_once ON follows (guild_id, user_id, speaker_key)
    WHERE speaker_key IS NOT NULL;
CREATE INDEX follows_by_pledge ON follows (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE INDEX follows_by_speaker ON follows (guild_id, speaker_key) WHERE speaker_key IS NOT NULL;

-- A follower who asked for direct messages but whose DMs are closed is told so once,
-- in the alert channel, and mentioned there from then on.
CREATE TABLE follower_notices (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    dm_refused_at TEXT  NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
