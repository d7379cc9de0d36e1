-- Pledgewatch schema, version 10: a speaker's overdue and late-ruled counts without
-- walking their pledges (issue 15). A scorecard counted, for each speaker shown, the
-- open pledges past due and the pledges ruled late through the speaker's index
-- entries: in a server of 40 speakers with 25,000 pledges each, 40-60 ms. Now triggers
-- keep the open pledges by speaker and UTC due day, and the late-ruled pledges by
-- speaker: the days before today are summed (a row a day), and only today's are
-- counted from the index. The PostgreSQL twin keeps the same tables by a trigger
-- function.
CREATE TABLE speaker_due_days (
    guild_id INTEGER NOT NULL,
    speaker  TEXT    NOT NULL,
    day      TEXT    NOT NULL,  -- substr(due_at, 1, 10): due_at is UTC ISO text
    open     INTEGER NOT NULL,  -- live open pledges of this spelling due that day
    PRIMARY KEY (guild_id, speaker, day)
) WITHOUT ROWID;
INSERT INTO speaker_due_days (guild_id, speaker, day, open)
SELECT guild_id, speaker, substr(due_at, 1, 10), COUNT(*) FROM pledges
 WHERE status = 'open' AND deleted_at IS NULL AND due_at IS NOT NULL
 GROUP BY guild_id, speaker, substr(due_at, 1, 10);

CREATE TABLE speaker_late (
    guild_id INTEGER NOT NULL,
    speaker  TEXT    NOT NULL,
    ruled    INTEGER NOT NULL,  -- live pledges of this spelling ruled after their due date
    PRIMARY KEY (guild_id, speaker)
) WITHOUT ROWID;
INSERT INTO speaker_late (guild_id, speaker, ruled)
SELECT guild_id, speaker, COUNT(*) FROM pledges
 WHERE late_days IS NOT NULL AND deleted_at IS NULL
 GROUP BY guild_id, speaker;

-- A row counts in speaker_due_days when open, live and with a deadline, and in
-- speaker_late when live and ruled late (late_days, computed from status, ruled_at and
-- due_at); each trigger takes away the old row's share and adds the new one's.
CREATE TRIGGER speaker_days_insert AFTER INSERT ON pledges
BEGIN
    INSERT INTO speaker_due_days (guild_id, speaker, day, open)
    SELECT new.guild_id, new.speaker, substr(new.due_at, 1, 10), 1
     WHERE new.status = 'open' AND new.deleted_at IS NULL AND new.due_at IS NOT NULL
    ON CONFLICT (guild_id, speaker, day) DO UPDATE SET open = open + 1;
    INSERT INTO speaker_late (guild_id, speaker, ruled)
    SELECT new.guild_id, new.speaker, 1
     WHERE new.late_days IS NOT NULL AND new.deleted_at IS NULL
    ON CONFLICT (guild_id, speaker) DO UPDATE SET ruled = ruled + 1;
END;

CREATE TRIGGER speaker_days_update
AFTER UPDATE OF speaker, deleted_at, status, due_at, ruled_at ON pledges
BEGIN
    UPDATE speaker_due_days SET open = open - 1
     WHERE old.status = 'open' AND old.deleted_at IS NULL AND old.due_at IS NOT NULL
       AND guild_id = old.guild_id AND speaker = old.speaker
       AND day = substr(old.due_at, 1, 10);
    DELETE FROM speaker_due_days
     WHERE guild_id = old.guild_id AND speaker = old.speaker
       AND day = substr(old.due_at, 1, 10) AND open <= 0;
    INSERT INTO speaker_due_days (guild_id, speaker, day, open)
    SELECT new.guild_id, new.speaker, substr(new.due_at, 1, 10), 1
     WHERE new.status = 'open' AND new.deleted_at IS NULL AND new.due_at IS NOT NULL
    ON CONFLICT (guild_id, speaker, day) DO UPDATE SET open = open + 1;
    UPDATE speaker_late SET ruled = ruled - 1
     WHERE old.late_days IS NOT NULL AND old.deleted_at IS NULL
       AND guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_late
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND ruled <= 0;
    INSERT INTO speaker_late (guild_id, speaker, ruled)
    SELECT new.guild_id, new.speaker, 1
     WHERE new.late_days IS NOT NULL AND new.deleted_at IS NULL
    ON CONFLICT (guild_id, speaker) DO UPDATE SET ruled = ruled + 1;
END;

CREATE TRIGGER speaker_days_delete AFTER DELETE ON pledges
BEGIN
    UPDATE speaker_due_days SET open = open - 1
     WHERE old.status = 'open' AND old.deleted_at IS NULL AND old.due_at IS NOT NULL
       AND guild_id = old.guild_id AND speaker = old.speaker
       AND day = substr(old.due_at, 1, 10);
    DELETE FROM speaker_due_days
     WHERE guild_id = old.guild_id AND speaker = old.speaker
       AND day = substr(old.due_at, 1, 10) AND open <= 0;
    UPDATE speaker_late SET ruled = ruled - 1
     WHERE old.late_days IS NOT NULL AND old.deleted_at IS NULL
       AND guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_late
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND ruled <= 0;
END;
