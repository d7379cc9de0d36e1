-- Pledgewatch schema, version 6, for PostgreSQL (see db/migrations/0006_scale.sql): no
-- command costs O(pledges of a server).
--
-- SQLite's virtual columns `due_key` and `text_server` are expressions here, indexed
-- as such (a generated column would show in the table's columns, a virtual one of
-- SQLite does not): the list order is (COALESCE(due_at, 'infinity'), number), and the
-- text index is a GIN index over the words of the promise, quote, speaker and
-- beneficiary, each searched by prefix.

DROP INDEX pledges_by_guild_status_due;
CREATE INDEX pledges_list ON pledges
    (guild_id, status, (COALESCE(due_at, 'infinity'::timestamptz)), number)
    WHERE deleted_at IS NULL;
CREATE INDEX pledges_list_all ON pledges
    (guild_id, (COALESCE(due_at, 'infinity'::timestamptz)), number)
    WHERE deleted_at IS NULL;
CREATE INDEX pledges_by_speaker ON pledges
    (guild_id, speaker, (COALESCE(due_at, 'infinity'::timestamptz)), number)
    WHERE deleted_at IS NULL;
CREATE INDEX pledges_dependents ON pledges (guild_id, depends_on)
    WHERE depends_on IS NOT NULL;
DROP INDEX pledges_open_by_due;

-- The words of a pledge, found by prefix (db/pg/listing.py builds the same expression).
CREATE INDEX pledges_text ON pledges USING GIN (to_tsvector('simple'::regconfig,
    speaker || ' ' || promise || ' ' || COALESCE(quote, '') || ' ' || COALESCE(beneficiary, '')));

-- Each server's speakers and how many live pledges each spelling has, kept in step by
-- a trigger.
CREATE TABLE speaker_names (
    guild_id    BIGINT  NOT NULL,
    speaker     TEXT    NOT NULL,
    pledges     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, speaker)
);

INSERT INTO speaker_names (guild_id, speaker, pledges)
SELECT guild_id, speaker, COUNT(*) FROM pledges WHERE deleted_at IS NULL
 GROUP BY guild_id, speaker;

CREATE FUNCTION speaker_names_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
        UPDATE speaker_names SET pledges = pledges - 1
         WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker;
        DELETE FROM speaker_names
         WHERE guild_id = OLD.guild_id AND speaker = OLD.speaker AND pledges <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
        INSERT INTO speaker_names (guild_id, speaker, pledges)
        VALUES (NEW.guild_id, NEW.speaker, 1)
        ON CONFLICT (guild_id, speaker) DO UPDATE SET pledges = speaker_names.pledges + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER speaker_names_insert AFTER INSERT ON pledges
    FOR EACH ROW EXECUTE FUNCTION speaker_names_keep();
CREATE TRIGGER speaker_names_update AFTER UPDATE OF speaker, deleted_at ON pledges
    FOR EACH ROW WHEN (OLD.speaker IS DISTINCT FROM NEW.speaker
                       OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION speaker_names_keep();
CREATE TRIGGER speaker_names_delete AFTER DELETE ON pledges
    FOR EACH ROW EXECUTE FUNCTION speaker_names_keep();

-- A server-wide replan walks the server's open pledges in list order, in batches, each
-- continuing after (next_due, next_number); a row here means one is unfinished.
CREATE TABLE replan_marks (
    guild_id    BIGINT  PRIMARY KEY,
    next_due    TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
    next_number INTEGER NOT NULL DEFAULT 0,
    started_at  TIMESTAMPTZ NOT NULL
);

-- The outbox holds only each pledge's next alert.
DROP INDEX alert_outbox_by_pledge;
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (pledge_id);
DROP INDEX alert_outbox_waiting;
CREATE INDEX alert_outbox_claimed ON alert_outbox (guild_id) WHERE state = 'claimed';
CREATE INDEX alert_outbox_failed ON alert_outbox (guild_id, due_at)
    WHERE state IN ('pending', 'claimed') AND last_error IS NOT NULL;

CREATE INDEX follows_by_member ON follows (guild_id, user_id);
