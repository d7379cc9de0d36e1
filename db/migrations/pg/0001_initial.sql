-- Pledgewatch schema, version 1, for PostgreSQL: the same tables and columns as
-- db/migrations/0001_initial.sql (tests/db/test_migrations_pg.py keeps them in step).
-- Times are timestamptz (UTC), flags are booleans, Discord ids are bigint.
-- Every table that holds a server's data has guild_id, and every query names it:
-- the schema can be distributed by guild_id (Citus), see docs/scaling.md.

CREATE TABLE guild_settings (
    guild_id            BIGINT  PRIMARY KEY,
    alert_channel_id    BIGINT,
    editor_role_id      BIGINT,
    timezone            TEXT    NOT NULL DEFAULT 'UTC',
    day_first           BOOLEAN NOT NULL DEFAULT TRUE,
    heads_up_minutes    INTEGER NOT NULL DEFAULT 1440 CHECK (heads_up_minutes >= 0),
    follow_up_days      TEXT    NOT NULL DEFAULT '1,7',
    repeat_days         INTEGER NOT NULL DEFAULT 30 CHECK (repeat_days > 0),
    review_days         INTEGER NOT NULL DEFAULT 30 CHECK (review_days > 0),
    updated_at          TIMESTAMPTZ
);

CREATE TABLE pledges (
    id              BIGSERIAL PRIMARY KEY,
    guild_id        BIGINT  NOT NULL,
    number          INTEGER NOT NULL,
    speaker         TEXT    NOT NULL,
    promise         TEXT    NOT NULL,
    beneficiary     TEXT,
    quote           TEXT,
    source_url      TEXT,
    source_title    TEXT,
    said_at         TIMESTAMPTZ NOT NULL,
    deadline_text   TEXT,
    due_at          TIMESTAMPTZ,
    due_earliest    TIMESTAMPTZ,
    vague           BOOLEAN NOT NULL DEFAULT FALSE,
    depends_on      INTEGER,
    recorded_by     BIGINT  NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'fulfilled', 'partly fulfilled', 'broken', 'withdrawn')),
    status_note     TEXT,
    evidence_url    TEXT,
    seed_key        TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    UNIQUE (guild_id, number),
    UNIQUE (guild_id, seed_key)
);

CREATE INDEX pledges_by_guild_status_due ON pledges (guild_id, status, due_at)
    WHERE deleted_at IS NULL;
CREATE INDEX pledges_open_by_due ON pledges (due_at)
    WHERE status = 'open' AND deleted_at IS NULL;

CREATE TABLE pledge_events (
    id              BIGSERIAL PRIMARY KEY,
    pledge_id       BIGINT  NOT NULL REFERENCES pledges (id),
    at              TIMESTAMPTZ NOT NULL,
    actor_id        BIGINT  NOT NULL,
    kind            TEXT    NOT NULL,
    field           TEXT,
    from_value      TEXT,
    to_value        TEXT,
    note            TEXT,
    evidence_url    TEXT
);
CREATE INDEX pledge_events_by_pledge ON pledge_events (pledge_id, id);

-- History is append-only: the database itself refuses edits and deletions of events.
CREATE FUNCTION pledge_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'pledge history is append-only';
END;
$$;
CREATE TRIGGER pledge_events_no_update BEFORE UPDATE ON pledge_events
    FOR EACH ROW EXECUTE FUNCTION pledge_events_append_only();
CREATE TRIGGER pledge_events_no_delete BEFORE DELETE ON pledge_events
    FOR EACH ROW EXECUTE FUNCTION pledge_events_append_only();

CREATE TABLE alert_outbox (
    id              BIGSERIAL PRIMARY KEY,
    guild_id        BIGINT  NOT NULL,
    pledge_id       BIGINT  REFERENCES pledges (id),
    kind            TEXT    NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'claimed', 'sent', 'skipped', 'cancelled')),
    payload         TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    late            BOOLEAN NOT NULL DEFAULT FALSE,
    claimed_at      TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    channel_id      BIGINT,
    message_id      BIGINT,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX alert_outbox_waiting ON alert_outbox (due_at)
    WHERE state IN ('pending', 'claimed');
CREATE INDEX alert_outbox_by_pledge ON alert_outbox (pledge_id, state);
CREATE UNIQUE INDEX alert_outbox_once ON alert_outbox (pledge_id, kind, due_at)
    WHERE state <> 'cancelled' AND kind IN ('heads_up', 'due', 'follow_up', 'review');
