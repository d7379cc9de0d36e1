-- Pledgewatch schema, version 6: no command costs O(pledges of a server) (issue 15).
--
-- Every list, autocomplete and lookup walks an index in the order it answers in, so a
-- page costs what the page holds, not what the server holds.

-- The list's order ("by due date, no deadline last, then number") as one sortable
-- value: '~' sorts after every ISO date. Virtual: computed, never stored in the row.
ALTER TABLE pledges ADD COLUMN due_key TEXT GENERATED ALWAYS AS (COALESCE(due_at, '~')) VIRTUAL;

-- /pledge list with a status (and overdue / due soon, which are open pledges in a due
-- range), and without one; keyset pages continue from (due_key, number).
DROP INDEX pledges_by_guild_status_due;
CREATE INDEX pledges_list ON pledges (guild_id, status, due_key, number)
    WHERE deleted_at IS NULL;
CREATE INDEX pledges_list_all ON pledges (guild_id, due_key, number)
    WHERE deleted_at IS NULL;
-- /pledge list speaker:<name>, in list order.
CREATE INDEX pledges_by_speaker ON pledges (guild_id, speaker, due_key, number)
    WHERE deleted_at IS NULL;
-- A ruling tells the pledges that depend on the ruled one.
CREATE INDEX pledges_dependents ON pledges (guild_id, depends_on)
    WHERE depends_on IS NOT NULL;
-- Nothing asks for open pledges across servers by due time any more.
DROP INDEX pledges_open_by_due;

-- Each server's speakers and how many live pledges each spelling has, kept in step by
-- triggers: speaker autocomplete and the list's speaker filter look here (a server has
-- far fewer speakers than pledges), never through the pledges.
CREATE TABLE speaker_names (
    guild_id    INTEGER NOT NULL,
    speaker     TEXT    NOT NULL,
    pledges     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, speaker)
) WITHOUT ROWID;

INSERT INTO speaker_names (guild_id, speaker, pledges)
SELECT guild_id, speaker, COUNT(*) FROM pledges WHERE deleted_at IS NULL
 GROUP BY guild_id, speaker;

CREATE TRIGGER speaker_names_insert AFTER INSERT ON pledges WHEN new.deleted_at IS NULL
BEGIN
    INSERT INTO speaker_names (guild_id, speaker, pledges) VALUES (new.guild_id, new.speaker, 1)
    ON CONFLICT (guild_id, speaker) DO UPDATE SET pledges = pledges + 1;
END;

CREATE TRIGGER speaker_names_update AFTER UPDATE OF speaker, deleted_at ON pledges
WHEN old.speaker IS NOT new.speaker OR old.deleted_at IS NOT new.deleted_at
BEGIN
    UPDATE speaker_names SET pledges = pledges - 1
     WHERE old.deleted_at IS NULL AND guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_names
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND pledges <= 0;
    INSERT INTO speaker_names (guild_id, speaker, pledges)
    SELECT new.guild_id, new.speaker, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (guild_id, speaker) DO UPDATE SET pledges = pledges + 1;
END;

CREATE TRIGGER speaker_names_delete AFTER DELETE ON pledges WHEN old.deleted_at IS NULL
BEGIN
    UPDATE speaker_names SET pledges = pledges - 1
     WHERE guild_id = old.guild_id AND speaker = old.speaker;
    DELETE FROM speaker_names
     WHERE guild_id = old.guild_id AND speaker = old.speaker AND pledges <= 0;
END;

-- /pledge list query:<words> and the text part of number autocomplete: words of the
-- promise, quote, speaker and beneficiary, found by prefix. External content (the text
-- stays in pledges alone), kept in step by triggers. `text_server` ("srv123") is one
-- word naming the server: every search ANDs it, so a search reads the matches of its
-- own server, not those of every server.
ALTER TABLE pledges ADD COLUMN text_server TEXT GENERATED ALWAYS AS ('srv' || guild_id) VIRTUAL;
CREATE VIRTUAL TABLE pledge_text USING fts5 (
    text_server, speaker, promise, quote, beneficiary,
    content = 'pledges', content_rowid = 'id', detail = 'none'
);
INSERT INTO pledge_text (pledge_text) VALUES ('rebuild');
-- The words of the text index: a typed word is looked up here and searched as the few
-- whole words it begins (an FTS5 prefix query merges every doclist it covers per probe).
CREATE VIRTUAL TABLE pledge_words USING fts5vocab (pledge_text, 'row');

CREATE TRIGGER pledge_text_insert AFTER INSERT ON pledges
BEGIN
    INSERT INTO pledge_text (rowid, text_server, speaker, promise, quote, beneficiary)
    VALUES (new.id, new.text_server, new.speaker, new.promise, new.quote, new.beneficiary);
END;

CREATE TRIGGER pledge_text_update AFTER UPDATE OF speaker, promise, quote, beneficiary ON pledges
BEGIN
    INSERT INTO pledge_text (pledge_text, rowid, text_server, speaker, promise, quote, beneficiary)
    VALUES ('delete', old.id, old.text_server, old.speaker, old.promise, old.quote, old.beneficiary);
    INSERT INTO pledge_text (rowid, text_server, speaker, promise, quote, beneficiary)
    VALUES (new.id, new.text_server, new.speaker, new.promise, new.quote, new.beneficiary);
END;

CREATE TRIGGER pledge_text_delete AFTER DELETE ON pledges
BEGIN
    INSERT INTO pledge_text (pledge_text, rowid, text_server, speaker, promise, quote, beneficiary)
    VALUES ('delete', old.id, old.text_server, old.speaker, old.promise, old.quote, old.beneficiary);
END;

-- A server-wide replan (a change of /pledgewatch alerts) walks the server's open
-- pledges in list order, in batches, each continuing after (next_due, next_number); a
-- row here means one is unfinished, and a crash mid-way is resumed at start-up.
CREATE TABLE replan_marks (
    guild_id    INTEGER PRIMARY KEY,
    next_due    TEXT    NOT NULL DEFAULT '',
    next_number INTEGER NOT NULL DEFAULT 0,
    started_at  TEXT    NOT NULL
);

-- The outbox holds only each pledge's next alert (issue 15): the by-pledge lookups
-- need no state in their key, and the once-guard now covers every kept row.
DROP INDEX alert_outbox_by_pledge;
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (pledge_id);
-- The dispatcher's global "earliest waiting alert" index: it asks per server
-- (alert_outbox_guild_waiting) since version 2.
DROP INDEX alert_outbox_waiting;
-- Stale claims and outbox totals.
CREATE INDEX alert_outbox_claimed ON alert_outbox (guild_id) WHERE state = 'claimed';
-- /pledgewatch show: the last error of a waiting alert, among the few that have one.
CREATE INDEX alert_outbox_failed ON alert_outbox (guild_id, due_at)
    WHERE state IN ('pending', 'claimed') AND last_error IS NOT NULL;

-- /pledge following: what one member follows.
CREATE INDEX follows_by_member ON follows (guild_id, user_id);
