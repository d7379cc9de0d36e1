-- Pledgewatch schema, version 7: scorecards and charts without reading a whole server
-- (issue 15).
--
-- A scorecard used to read every pledge and every ruling of a server: seconds at a
-- million pledges. Now each speaker's counts are kept in step by triggers, beside the
-- speaker's name, and what depends on the moment asked (overdue pledges) or on single
-- pledges (days late, the latest rulings, the busiest pledges of a timeline) is read
-- through indexes that hold one speaker's rows in the order the answer needs.

-- When the ruling that stands on a pledge was made (its last `ruled` event; cleared
-- when it is reopened), and how many times its deadline was extended: both kept by the
-- history's insert trigger below, so every writer (commands, import) keeps them.
ALTER TABLE pledges ADD COLUMN ruled_at TEXT;
ALTER TABLE pledges ADD COLUMN extensions INTEGER NOT NULL DEFAULT 0;

UPDATE pledges SET
    ruled_at = (SELECT e.at FROM pledge_events e
                 WHERE e.pledge_id = pledges.id AND e.kind = 'ruled'
                 ORDER BY e.at DESC, e.id DESC LIMIT 1),
    extensions = (SELECT COUNT(*) FROM pledge_events e
                   WHERE e.pledge_id = pledges.id AND e.kind = 'extended');
UPDATE pledges SET ruled_at = NULL WHERE status = 'open';

-- Days from the due date to the standing ruling, for pledges ruled after their due date
-- (bot/core/scorecard.py); computed, never stored in the row.
ALTER TABLE pledges ADD COLUMN late_days REAL GENERATED ALWAYS AS (
    CASE WHEN status <> 'open' AND ruled_at > due_at
         THEN julianday(ruled_at) - julianday(due_at) END
) VIRTUAL;

CREATE TRIGGER pledge_events_ruled AFTER INSERT ON pledge_events WHEN new.kind = 'ruled'
BEGIN
    UPDATE pledges SET ruled_at = new.at
     WHERE id = new.pledge_id AND (ruled_at IS NULL OR ruled_at <= new.at);
END;
CREATE TRIGGER pledge_events_reopened AFTER INSERT ON pledge_events WHEN new.kind = 'reopened'
BEGIN
    UPDATE pledges SET ruled_at = NULL WHERE id = new.pledge_id;
END;
CREATE TRIGGER pledge_events_extended AFTER INSERT ON pledge_events WHEN new.kind = 'extended'
BEGIN
    UPDATE pledges SET extensions = extensions + 1 WHERE id = new.pledge_id;
END;

-- Each spelling's live pledges by status, and their extensions.
ALTER TABLE speaker_names ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_names ADD COLUMN fulfilled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_names ADD COLUMN partly INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_names ADD COLUMN broken INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_names ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_names ADD COLUMN extensions INTEGER NOT NULL DEFAULT 0;

DELETE FROM speaker_names;
INSERT INTO speaker_names
    (guild_id, speaker, pledges, open, fulfilled, partly, broken, withdrawn, extensions)
SELECT guild_id, speaker, COUNT(*),
       SUM(status = 'open'), SUM(status = 'fulfilled'), SUM(status = 'partly fulfilled'),
       SUM(status = 'broken'), SUM(status = 'withdrawn'), SUM(extensions)
  FROM pledges WHERE deleted_at IS NULL
 GROUP BY guild_id, speaker;

DROP TRIGGER speaker_names_insert;
DROP TRIGGER speaker_names_update;
DROP TRIGGER speaker_names_delete;

-- A live pledge counts once for its spelling, under its status; the three triggers add
-- the new row's share and take away the old row's.
CREATE TRIGGER speaker_names_insert AFTER INSERT ON pledges WHEN new.deleted_at IS NULL
BEGIN
    INSERT INTO speaker_names
        (guild_id, speaker, pledges, open, fulfilled, partly, broken, withdrawn, extensions)
    VALUES (new.guild_id, new.speaker, 1, new.status = 'open', new.status = 'fulfilled',
            new.status = 'partly fulfilled', new.status = 'broken',
            new.status = 'withdrawn', new.extensions)
    ON CONFLICT (guild_id, speaker) DO UPDATE SET
        pledges = pledges + 1, open = open + excluded.open,
        fulfilled = fulfilled + excluded.fulfilled, partly = partly + excluded.partly,
        broken = broken + excluded.broken, withdrawn = withdrawn + excluded.withdrawn,
        extensions = extensions + excluded.extensions;
END;

CREATE TRIGGER speaker_names_update
AFTER UPDATE OF speaker, deleted_at, status, extensions ON pledges
WHEN old.speaker IS NOT new.speaker OR old.deleted_at IS NOT new.deleted_at
  OR old.status IS NOT new.status OR old.extensions IS NOT new.extensions
BEGIN
    UPDATE speaker_names SET
        pledges = pledges - 1, open = open - (old.status = 'open'),
        fulfilled = fulfilled - (old.status = 'fulfilled'),
        partly = partly - (old.status = 'partly fulfilled'),
        broken = broken - (old.status = 'broken'),
        withdrawn = withdrawn - (old.status = 'withdrawn'),
        extensions = extensions - old.extensions
     WHERE old.deleted_at IS NULL AND guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_names
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND pledges <= 0;
    INSERT INTO speaker_names
        (guild_id, speaker, pledges, open, fulfilled, partly, broken, withdrawn, extensions)
    SELECT new.guild_id, new.speaker, 1, new.status = 'open', new.status = 'fulfilled',
           new.status = 'partly fulfilled', new.status = 'broken',
           new.status = 'withdrawn', new.extensions
     WHERE new.deleted_at IS NULL
    ON CONFLICT (guild_id, speaker) DO UPDATE SET
        pledges = pledges + 1, open = open + excluded.open,
        fulfilled = fulfilled + excluded.fulfilled, partly = partly + excluded.partly,
        broken = broken + excluded.broken, withdrawn = withdrawn + excluded.withdrawn,
        extensions = extensions + excluded.extensions;
END;

CREATE TRIGGER speaker_names_delete AFTER DELETE ON pledges WHEN old.deleted_at IS NULL
BEGIN
    UPDATE speaker_names SET
        pledges = pledges - 1, open = open - (old.status = 'open'),
        fulfilled = fulfilled - (old.status = 'fulfilled'),
        partly = partly - (old.status = 'partly fulfilled'),
        broken = broken - (old.status = 'broken'),
        withdrawn = withdrawn - (old.status = 'withdrawn'),
        extensions = extensions - old.extensions
     WHERE guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_names
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND pledges <= 0;
END;

-- A speaker's overdue pledges: counted, and the most overdue first.
CREATE INDEX pledges_open_by_speaker ON pledges (guild_id, speaker, due_key, number)
    WHERE status = 'open' AND deleted_at IS NULL;
-- A speaker's days late, in order: the median is read from the middle.
CREATE INDEX pledges_late ON pledges (guild_id, speaker, late_days)
    WHERE late_days IS NOT NULL AND deleted_at IS NULL;
-- A speaker's latest rulings.
CREATE INDEX pledges_rulings ON pledges (guild_id, speaker, ruled_at)
    WHERE status <> 'open' AND ruled_at IS NOT NULL AND deleted_at IS NULL;
-- A crowded timeline's busiest pledges: by status, most extensions, latest due.
CREATE INDEX pledges_busiest ON pledges (guild_id, status, extensions, due_at)
    WHERE deleted_at IS NULL;
