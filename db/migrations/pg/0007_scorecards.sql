-- Pledgewatch schema, version 7, for PostgreSQL (see db/migrations/0007_scorecards.sql):
-- scorecards and charts without reading a whole server.
--
-- SQLite's virtual column `late_days` is an expression here, indexed as such (see
-- version 6): days from the due date to the standing ruling, for pledges ruled after
-- their due date; db/pg/keeping.py writes the same expression and condition.

ALTER TABLE pledges ADD COLUMN ruled_at TIMESTAMPTZ;
ALTER TABLE pledges ADD COLUMN extensions INTEGER NOT NULL DEFAULT 0;

UPDATE pledges p SET
    ruled_at = CASE WHEN p.status = 'open' THEN NULL ELSE
               (SELECT e.at FROM pledge_events e
                 WHERE e.pledge_id = p.id AND e.kind = 'ruled'
                 ORDER BY e.at DESC, e.id DESC LIMIT 1) END,
    extensions = (SELECT COUNT(*) FROM pledge_events e
                   WHERE e.pledge_id = p.id AND e.kind = 'extended');

-- An import writes ruled_at and extensions with each pledge (worked out from its
-- history in db/pg/keeping.py) and says so for its transaction: updating every imported
-- pledge a second time made an import of 100,000 pledges five times slower.
CREATE FUNCTION pledge_events_keep_pledge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pledgewatch.importing', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF NEW.kind = 'ruled' THEN
        UPDATE pledges SET ruled_at = NEW.at
         WHERE id = NEW.pledge_id AND (ruled_at IS NULL OR ruled_at <= NEW.at);
    ELSIF NEW.kind = 'reopened' THEN
        UPDATE pledges SET ruled_at = NULL WHERE id = NEW.pledge_id;
    ELSIF NEW.kind = 'extended' THEN
        UPDATE pledges SET extensions = extensions + 1 WHERE id = NEW.pledge_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER pledge_events_keep_pledge AFTER INSERT ON pledge_events
    FOR EACH ROW WHEN (NEW.kind IN ('ruled', 'reopened', 'extended'))
    EXECUTE FUNCTION pledge_events_keep_pledge();

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
       COUNT(*) FILTER (WHERE status = 'open'), COUNT(*) FILTER (WHERE status = 'fulfilled'),
       COUNT(*) FILTER (WHERE status = 'partly fulfilled'),
       COUNT(*) FILTER (WHERE status = 'broken'), COUNT(*) FILTER (WHERE status = 'withdrawn'),
       SUM(extensions)
  FROM pledges WHERE deleted_at IS NULL
 GROUP BY guild_id, speaker;

-- A live pledge counts once for its spelling, under its status.
CREATE OR REPLACE FUNCTION speaker_names_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
        UPDATE speaker_names SET
            pledges = pledges - 1, open = open - (OLD.status = 'open')::int,
            fulfilled = fulfilled - (OLD.status = 'fulfilled')::int,
            partly = partly - (OLD.status = 'partly fulfilled')::int,
            broken = broken - (OLD.status = 'broken')::int,
            withdrawn = withdrawn - (OLD.status = 'withdrawn')::int,
            extensions = extensions - OLD.extensions
         WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker;
        DELETE FROM speaker_names
         WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker AND pledges <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
        INSERT INTO speaker_names AS s
            (guild_id, speaker, pledges, open, fulfilled, partly, broken, withdrawn, extensions)
        VALUES (NEW.guild_id, NEW.speaker, 1, (NEW.status = 'open')::int,
                (NEW.status = 'fulfilled')::int, (NEW.status = 'partly fulfilled')::int,
                (NEW.status = 'broken')::int, (NEW.status = 'withdrawn')::int, NEW.extensions)
        ON CONFLICT (guild_id, speaker) DO UPDATE SET
            pledges = s.pledges + 1, open = s.open + EXCLUDED.open,
            fulfilled = s.fulfilled + EXCLUDED.fulfilled, partly = s.partly + EXCLUDED.partly,
            broken = s.broken + EXCLUDED.broken, withdrawn = s.withdrawn + EXCLUDED.withdrawn,
            extensions = s.extensions + EXCLUDED.extensions;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER speaker_names_update ON pledges;
CREATE TRIGGER speaker_names_update
    AFTER UPDATE OF speaker, deleted_at, status, extensions ON pledges
    FOR EACH ROW WHEN (OLD.speaker IS DISTINCT FROM NEW.speaker
                       OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
                       OR OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.extensions IS DISTINCT FROM NEW.extensions)
    EXECUTE FUNCTION speaker_names_keep();

CREATE INDEX pledges_open_by_speaker ON pledges
    (guild_id, speaker, (COALESCE(due_at, 'infinity'::timestamptz)), number)
    WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX pledges_late ON pledges
    (guild_id, speaker, (EXTRACT(EPOCH FROM ruled_at - due_at)::double precision / 86400))
    WHERE status <> 'open' AND ruled_at > due_at AND deleted_at IS NULL;
CREATE INDEX pledges_rulings ON pledges (guild_id, speaker, ruled_at)
    WHERE status <> 'open' AND ruled_at IS NOT NULL AND deleted_at IS NULL;
-- Read forwards: most extensions first, then the latest due, no deadline last (SQLite's
-- index, read backwards, gives the same order: there NULL sorts first).
CREATE INDEX pledges_busiest ON pledges (guild_id, status, extensions DESC, due_at DESC NULLS LAST)
    WHERE deleted_at IS NULL;
