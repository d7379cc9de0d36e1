-- Pledgewatch schema, version 10, for PostgreSQL (see db/migrations/0010_speaker_days.sql):
-- a speaker's overdue and late-ruled counts without walking their pledges. Triggers keep
-- each spelling's open pledges per UTC due day and its late-ruled count; the overdue count
-- sums the days before today and counts only today's through pledges_open_by_speaker.
CREATE TABLE speaker_due_days (
    guild_id BIGINT  NOT NULL,
    speaker  TEXT    NOT NULL,
    day      DATE    NOT NULL,  -- the UTC date of the due date
    open     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, speaker, day)
);
INSERT INTO speaker_due_days (guild_id, speaker, day, open)
SELECT guild_id, speaker, (due_at AT TIME ZONE 'UTC')::date, COUNT(*) FROM pledges
 WHERE status = 'open' AND deleted_at IS NULL AND due_at IS NOT NULL
 GROUP BY guild_id, speaker, (due_at AT TIME ZONE 'UTC')::date;

CREATE TABLE speaker_late (
    guild_id BIGINT  NOT NULL,
    speaker  TEXT    NOT NULL,
    ruled    INTEGER NOT NULL,  -- live pledges ruled after their due date
    PRIMARY KEY (guild_id, speaker)
);
INSERT INTO speaker_late (guild_id, speaker, ruled)
SELECT guild_id, speaker, COUNT(*) FROM pledges
 WHERE status <> 'open' AND ruled_at > due_at AND deleted_at IS NULL
 GROUP BY guild_id, speaker;

CREATE FUNCTION speaker_days_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status = 'open' AND OLD.deleted_at IS NULL AND OLD.due_at IS NOT NULL THEN
            UPDATE speaker_due_days SET open = open - 1
             WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker
               AND day = (OLD.due_at AT TIME ZONE 'UTC')::date;
            DELETE FROM speaker_due_days
             WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker
               AND day = (OLD.due_at AT TIME ZONE 'UTC')::date AND open <= 0;
        END IF;
        IF OLD.status <> 'open' AND OLD.ruled_at > OLD.due_at AND OLD.deleted_at IS NULL THEN
            UPDATE speaker_late SET ruled = ruled - 1
             WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker;
            DELETE FROM speaker_late
             WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker AND ruled <= 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status = 'open' AND NEW.deleted_at IS NULL AND NEW.due_at IS NOT NULL THEN
            INSERT INTO speaker_due_days AS s (guild_id, speaker, day, open)
            VALUES (NEW.guild_id, NEW.speaker, (NEW.due_at AT TIME ZONE 'UTC')::date, 1)
            ON CONFLICT (guild_id, speaker, day) DO UPDATE SET open = s.open + 1;
        END IF;
        IF NEW.status <> 'open' AND NEW.ruled_at > NEW.due_at AND NEW.deleted_at IS NULL THEN
            INSERT INTO speaker_late AS s (guild_id, speaker, ruled)
            VALUES (NEW.guild_id, NEW.speaker, 1)
            ON CONFLICT (guild_id, speaker) DO UPDATE SET ruled = s.ruled + 1;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER speaker_days_insert AFTER INSERT ON pledges
    FOR EACH ROW EXECUTE FUNCTION speaker_days_keep();
CREATE TRIGGER speaker_days_update
    AFTER UPDATE OF speaker, deleted_at, status, due_at, ruled_at ON pledges
    FOR EACH ROW WHEN (OLD.speaker IS DISTINCT FROM NEW.speaker
                       OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
                       OR OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.due_at IS DISTINCT FROM NEW.due_at
                       OR OLD.ruled_at IS DISTINCT FROM NEW.ruled_at)
    EXECUTE FUNCTION speaker_days_keep();
CREATE TRIGGER speaker_days_delete AFTER DELETE ON pledges
    FOR EACH ROW EXECUTE FUNCTION speaker_days_keep();
