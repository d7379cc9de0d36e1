-- Pledgewatch schema, version 1.
-- Times are ISO-8601 text in UTC ("2025-09-01T21:59:59+00:00"): they sort as text and
-- stay readable in the sqlite3 shell.

CREATE TABLE guild_settings (
    guild_id            INTEGER PRIMARY KEY,
    alert_channel_id    INTEGER,
    editor_role_id      INTEGER,
    timezone            TEXT    NOT NULL DEFAULT 'UTC',
    day_first           INTEGER NOT NULL DEFAULT 1 CHECK (day_first IN (0, 1)),
    heads_up_minutes    INTEGER NOT NULL DEFAULT 1440 CHECK (heads_up_minutes >= 0),
    -- Comma-separated whole days after the deadline, e.g. "1,7".
    follow_up_days      TEXT    NOT NULL DEFAULT '1,7',
    repeat_days         INTEGER NOT NULL DEFAULT 30 CHECK (repeat_days > 0),
    review_days         INTEGER NOT NULL DEFAULT 30 CHECK (review_days > 0),
    updated_at          TEXT
);

CREATE TABLE pledges (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    number          INTEGER NOT NULL,
    speaker         TEXT    NOT NULL,
    promise         TEXT    NOT NULL,
    beneficiary     TEXT,
    quote           TEXT,
    source_url      TEXT,
    source_title    TEXT,               -- e.g. a headline, when there is no link to give
    said_at         TEXT    NOT NULL,
    deadline_text   TEXT,
    due_at          TEXT,
    due_earliest    TEXT,
    vague           INTEGER NOT NULL DEFAULT 0 CHECK (vague IN (0, 1)),
    depends_on      INTEGER,            -- the guild-scoped number of another pledge
    recorded_by     INTEGER NOT NULL,   -- Discord user id; 0 for the system (seed, CLI)
    status          TEXT    NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'fulfilled', 'partly fulfilled', 'broken', 'withdrawn')),
    status_note     TEXT,
    evidence_url    TEXT,
    seed_key        TEXT,               -- stable key of a bundled pledge, for idempotent seeding
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    deleted_at      TEXT,
    UNIQUE (guild_id, number),
    UNIQUE (guild_id, seed_key)
);

-- /pledge list: one server, one status, ordered by due date.
CREATE INDEX pledges_by_guild_status_due ON pledges (guild_id, status, due_at)
    WHERE deleted_at IS NULL;
-- Alert planning and "due soon"/"overdue": open pledges by due time.
CREATE INDEX pledges_open_by_due ON pledges (due_at)
    WHERE status = 'open' AND deleted_at IS NULL;

CREATE TABLE pledge_events (
    id              INTEGER PRIMARY KEY,
    pledge_id       INTEGER NOT NULL REFERENCES pledges (id),
    at              TEXT    NOT NULL,
    actor_id        INTEGER NOT NULL,   -- 0 for the system
    kind            TEXT    NOT NULL,   -- created, ruled, reopened, extended, edited, deleted
    field           TEXT,
    from_value      TEXT,
    to_value        TEXT,
    note            TEXT,
    evidence_url    TEXT
);
CREATE INDEX pledge_events_by_pledge ON pledge_events (pledge_id, id);

-- History is append-only: the database itself refuses edits and deletions of events.
CREATE TRIGGER pledge_events_no_update BEFORE UPDATE ON pledge_events
BEGIN SELECT RAISE(ABORT, 'pledge history is append-only'); END;
CREATE TRIGGER pledge_events_no_delete BEFORE DELETE ON pledge_events
BEGIN SELECT RAISE(ABORT, 'pledge history is append-only'); END;

-- What is due to be posted to a server's alert channel, and what became of it.
CREATE TABLE alert_outbox (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    pledge_id       INTEGER REFERENCES pledges (id),
    kind            TEXT    NOT NULL,   -- heads_up, due, follow_up, review, status, dependency
    due_at          TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'claimed', 'sent', 'skipped', 'cancelled')),
    payload         TEXT,               -- JSON: what a status update has to say
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,               -- backoff after a failure
    last_error      TEXT,
    late            INTEGER NOT NULL DEFAULT 0,
    claimed_at      TEXT,
    sent_at         TEXT,
    channel_id      INTEGER,
    message_id      INTEGER,
    created_at      TEXT    NOT NULL
);
-- The dispatcher's one question: what is the earliest alert still to send?
CREATE INDEX alert_outbox_waiting ON alert_outbox (due_at)
    WHERE state IN ('pending', 'claimed');
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (pledge_id, state);
-- A plan re-applied after an edit must not schedule the same alert twice.
CREATE UNIQUE INDEX alert_outbox_once ON alert_outbox (pledge_id, kind, due_at)
    WHERE state != 'cancelled' AND kind IN ('heads_up', 'due', 'follow_up', 'review');
