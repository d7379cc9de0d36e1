"""Every statement the store runs for a server names that server (issue 15, item 5).

So the PostgreSQL schema can be distributed by guild_id (Citus) and each server's work
routed to the one node holding its rows, no statement may reach a server's rows without
saying which server. Proven here, not listed by hand: every statement the store sends to
the database is recorded (SQLite: the trace callback of each real connection, with its
parameters filled in; PostgreSQL: the statements and arguments handed to asyncpg) while
two servers do everything members and the alert dispatcher do. Each statement touching a
server table must name guild_id (SQLite's text index: the server's own word) and carry
the id of exactly one of the two servers, unless it is one of the few global statements
listed below, each with why.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

import asyncpg
import pytest

from bot.chat.dispatcher import Dispatcher
from bot.chat.render import AlertMessage
from bot.chat.sender import DeliveryError, DirectMessageRefused
from bot.core.model import Actor, Event, Status
from bot.keeping import KeepingService
from db.pg import PgStore
from db.store import Store
from tests.chat.dispatching import FakeSender, advance, start
from tests.conftest import START
from tests.scenario import read_everything, record_some

# Snowflake-sized, as Discord's are: their digits turn up nowhere by chance.
GUILD, OTHER = 734_512_998_120_448_017, 912_000_455_612_339_201
CHANNELS = {GUILD: 9001, OTHER: 9002}
MANAGER = Actor(user_id=3, manage_guild=True)
AUTHOR = Actor(user_id=11)
LEFT, CLOSED_DMS = 21, 22  # a follower who left the server, one who takes no DMs

SERVER_TABLES = (
    "pledges",
    "pledge_events",
    "alert_outbox",
    "follows",
    "follower_notices",
    "guild_settings",
    "alert_guild_state",
    "speaker_names",
    "replan_marks",
    "speaker_due_days",  # each speaker's open pledges per due day (migration 0010)
    "speaker_late",  # and late rulings
    "pledge_text",  # SQLite's full-text index (PostgreSQL's is an index on pledges)
    "pledge_words",  # its vocabulary
)
# Tables only SQLite has: its text index and vocabulary.
SQLITE_ONLY = ("pledge_text", "pledge_words")
_NOT_A_QUERY = re.compile(r"^(--|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SELECT 1$)")

# The statements that may run without a server, and why (docs/scaling.md says the same).
GLOBAL = {
    "queues(): the dispatcher's look over every server's first waiting alert, once a pass": (
        r"^SELECT s\.guild_id, s\.alert_channel_id, .* FROM guild_settings s "
        r"LEFT JOIN alert_guild_state f ON f\.guild_id = s\.guild_id "
        r"WHERE s\.alert_channel_id IS NOT NULL$"
    ),
    "count_claimed(): once per dispatcher start, a log line about a crash's leftovers": (
        r"^SELECT COUNT\(\*\) FROM alert_outbox WHERE state = 'claimed'$"
    ),
    "pending_replans(): once at start-up, the servers whose replan a crash interrupted": (
        r"^SELECT guild_id FROM replan_marks ORDER BY guild_id$"
    ),
    "SQLite's text-index vocabulary: words to expand a typed prefix, not rows": (
        r"^SELECT term FROM pledge_words WHERE term >= .* AND term < .* LIMIT"
    ),
    "PostgreSQL's statistics after a bulk import (maintenance, not rows)": r"^ANALYZE ",
}
MUST_SEE = [n for n in GLOBAL if n.split("(")[0] in ("queues", "count_claimed", "pending_replans")]


def _values(args: Any) -> list[Any]:
    """The argument values of a statement, nested lists (arrays, executemany) flattened."""
    if isinstance(args, list | tuple):
        return [v for a in args for v in _values(a)]
    if isinstance(args, dict):
        return _values(list(args.values()))
    return [args]


class Recorder:
    """The statements a store ran, each with the server ids it carried."""

    def __init__(self, tables: Iterable[str] = SERVER_TABLES) -> None:
        self.tables = re.compile(r"\b(" + "|".join(sorted(tables)) + r")\b")
        self.seen: list[tuple[str, set[int]]] = []
        self.first_args: dict[str, Any] = {}  # PostgreSQL: a statement's first arguments

    def sqlite(self, expanded: str) -> None:
        """A SQLite trace line: the statement with its parameters filled in."""
        found = {g for g in (GUILD, OTHER) if re.search(rf"(\b|srv){g}\b", expanded)}
        self.seen.append((" ".join(expanded.split()), found))

    def postgres(self, sql: str, args: Any) -> None:
        found = {g for g in (GUILD, OTHER) if g in _values(args)}
        self.seen.append((" ".join(sql.split()), found))
        self.first_args.setdefault(sql, args)

    def problems(self) -> tuple[dict[str, str], set[str], set[str]]:
        """(statement -> what is wrong, global statements seen, tables touched)."""
        wrong: dict[str, str] = {}
        globals_seen: set[str] = set()
        touched: set[str] = set()
        for sql, servers in self.seen:
            tables = set(self.tables.findall(sql))
            if not tables or _NOT_A_QUERY.match(sql):
                continue
            touched |= tables
            allowed = [name for name, rule in GLOBAL.items() if re.search(rule, sql)]
            if allowed:
                globals_seen.update(allowed)
            elif not re.search(r"\bguild_id\b|\"srv\d+\"", sql):
                wrong[sql[:300]] = "does not name guild_id"
            elif len(servers) != 1:
                wrong[sql[:300]] = f"carries the ids of {len(servers)} servers, not one"
        return wrong, globals_seen, touched


async def _record_sqlite(store: Any, recorder: Recorder) -> None:
    for connection in store.database.connections():
        await connection.set_trace_callback(recorder.sqlite)


def record_postgres(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    def wrap(name: str) -> None:
        original = getattr(asyncpg.connection.Connection, name)

        async def recording(self, sql, *args, **kwargs):
            recorder.postgres(sql, args)
            return await original(self, sql, *args, **kwargs)

        monkeypatch.setattr(asyncpg.connection.Connection, name, recording)

    for name in ("execute", "executemany", "fetch", "fetchrow", "fetchval"):
        wrap(name)


class Reach:
    """Followers beyond the channel: LEFT has left the server, CLOSED_DMS takes no DMs."""

    async def is_member(self, guild_id: int, user_id: int) -> bool | None:
        return user_id != LEFT

    async def direct(
        self, guild_id: int, user_id: int, message: AlertMessage, *, nonce: str, **why: Any
    ) -> None:
        if user_id == CLOSED_DMS:
            raise DirectMessageRefused()


async def _record_pledges(service: Any, guild: int) -> None:
    await service.update_settings(guild, MANAGER, alert_channel_id=CHANNELS[guild])
    await record_some(service, guild, AUTHOR, 12)
    await service.add(
        guild, AUTHOR, speaker="Olaf", promise="x", depends_on=1, deadline="in three hours"
    )
    await service.seed(guild, MANAGER)


async def _change(service: Any, keeping: KeepingService, guild: int) -> None:
    """Rulings by command and by button, extend, edit, delete, follow."""
    await keeping.follow(guild, AUTHOR.user_id, number=2)
    await keeping.follow(guild, LEFT, speaker="Mark Rutte")
    await keeping.follow(guild, CLOSED_DMS, number=3, dm=True)
    await service.mark(guild, 2, MANAGER, Status.BROKEN, note="no")  # /pledge mark
    await service.mark(guild, 3, AUTHOR, Status.FULFILLED)  # the alert's button
    await service.mark(guild, 3, MANAGER, Status.OPEN, note="reopened")
    await service.check_can_extend(guild, 5, MANAGER)  # the extend button's form
    await service.extend(guild, 5, MANAGER, "in three weeks")
    await service.edit(guild, 4, MANAGER, promise="A new wording")
    await service.delete(guild, 6, MANAGER)
    await keeping.follow(guild, AUTHOR.user_id, speaker="Mark Rutte")
    await keeping.unfollow(guild, AUTHOR.user_id, number=2)
    await keeping.following(guild, AUTHOR.user_id)


async def _keep(keeping: KeepingService, guild: int, other: int) -> None:
    """Scorecards, a chart, exports, and an import merged into the other server."""
    await keeping.scorecards(guild)
    await keeping.speaker_card(guild, "Mark Rutte")
    await keeping.chart_data(guild)
    await keeping.chart_data(guild, "Mark Rutte")
    await keeping.export_file(guild, "csv")
    await keeping.export_file(guild, "json", status="open")
    exported = await keeping.export_file(guild, "json")
    data = json.loads(exported.data)
    data["pledges"] = data["pledges"][:5]
    await keeping.import_file(other, MANAGER, json.dumps(data).encode(), merge=True)


async def drive(service: Any, clock: Any, sender: FakeSender) -> None:
    """Everything two servers and the dispatcher do, each server's work on its own."""
    keeping = KeepingService(service)
    dispatcher = Dispatcher(service.store, clock, sender, reach=Reach())
    service.on_alerts_changed = dispatcher.wake
    for guild in (GUILD, OTHER):
        await _record_pledges(service, guild)
    await service.replans.resume()
    await start(dispatcher, clock)
    try:
        for guild in (GUILD, OTHER):
            await read_everything(service, guild)
        await advance(dispatcher, clock, timedelta(hours=2))  # single alerts (claim, confirm)
        await _change(service, keeping, GUILD)
        await advance(dispatcher, clock, timedelta(days=3))  # a digest, status updates
        sender.failures[CHANNELS[GUILD]] = DeliveryError("unusable", "403", status=403)
        await service.extend(GUILD, 7, MANAGER, "in five hours")
        await advance(dispatcher, clock, timedelta(hours=6))  # refused: released, waiting
        await service.settings_for_manager(GUILD, MANAGER)
        sender.failures[CHANNELS[GUILD]] = DeliveryError("rejected", "400 bad embed", status=400)
        await advance(dispatcher, clock, timedelta(days=8))  # rejected: skipped
        del sender.failures[CHANNELS[GUILD]]
        await service.update_settings(GUILD, MANAGER, repeat_days=10, heads_up_minutes=30)
        await service.replans.wait()  # the server-wide replan, in batches
        await advance(dispatcher, clock, timedelta(days=40))
        await _keep(keeping, GUILD, OTHER)
        await advance(dispatcher, clock, timedelta(days=2))
    finally:
        await dispatcher.stop()


_TEXT_INDEX = ("pledge_text", "pledge_words")  # SQLite's FTS5 tables and their shadows


async def _columns(store: Any) -> dict[str, list[str]]:
    """table -> its columns, read from the schema itself (a table a later migration adds
    is seen without being listed here); SQLite's text index and the schema's version
    table (PostgreSQL) left out."""
    if isinstance(store, PgStore):
        rows = await store.database.fetch(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name <> 'pledgewatch_schema'"
        )
        found: dict[str, list[str]] = {}
        for table, column in rows:
            found.setdefault(table, []).append(column)
        return found
    db = sqlite3.connect(store.path)
    try:
        names = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {
            name: [c[1] for c in db.execute(f"PRAGMA table_info({name})")]
            for (name,) in names
            if not name.startswith(_TEXT_INDEX)
        }
    finally:
        db.close()


async def test_every_table_holds_its_server(store):
    """Every table of the schema says whose rows it holds: a new table without guild_id
    fails here (or, if it is truly global, belongs in docs/scaling.md's list)."""
    columns = await _columns(store)
    only = set(_TEXT_INDEX) if isinstance(store, Store) else set(SQLITE_ONLY)
    assert set(SERVER_TABLES) - only <= set(columns)
    assert [table for table, names in columns.items() if "guild_id" not in names] == []


async def test_every_statement_names_its_server(engine, store, service, clock, monkeypatch):
    recorder = Recorder({*await _columns(store), *SERVER_TABLES})
    if engine == "sqlite":
        await _record_sqlite(store, recorder)
    else:
        record_postgres(monkeypatch, recorder)
    sender = FakeSender()
    await drive(service, clock, sender)
    wrong, globals_seen, touched = recorder.problems()
    assert wrong == {}
    # The recording saw the bot's work, the list of global statements is not stale, and
    # every server table was reached (the text index and its words on SQLite only).
    assert len({sql for sql, _ in recorder.seen}) > 80
    assert set(MUST_SEE) <= globals_seen
    expected = set(SERVER_TABLES) - (set(SQLITE_ONLY) if engine != "sqlite" else set())
    assert expected <= touched
    # What the scenario did reached Discord: alerts alone and in digests, a refused
    # channel (released rows), a rejected message (skipped rows).
    assert len(sender.sent) > 10 and sender.failures == {}


def test_the_checker_catches_an_unscoped_statement():
    recorder = Recorder()
    recorder.sqlite("SELECT * FROM pledge_events WHERE pledge_id = 5 ORDER BY id")
    recorder.sqlite(f"UPDATE alert_outbox SET state = 'sent' WHERE guild_id = {GUILD} AND id = 3")
    recorder.sqlite(f"SELECT 1 FROM pledges WHERE guild_id IN ({GUILD}, {OTHER})")
    recorder.postgres("SELECT * FROM follows WHERE guild_id = $1", (OTHER,))
    recorder.sqlite(f"SELECT 1 FROM pledge_text WHERE pledge_text MATCH '\"srv{GUILD}\" AND x'")
    recorder.sqlite("SELECT COUNT(*) FROM alert_outbox WHERE state = 'claimed'")
    wrong, globals_seen, _ = recorder.problems()
    assert list(wrong.values()) == [
        "does not name guild_id",
        "carries the ids of 2 servers, not one",
    ]
    assert len(globals_seen) == 1


@pytest.mark.sqlite_only
async def test_every_trigger_on_a_server_table_stays_in_its_server(store):
    """Triggers run statements the trace cannot attribute: each one on a server table
    names the server of its row (or only refuses the change)."""
    db = sqlite3.connect(store.path)
    try:
        triggers = db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    finally:
        db.close()
    assert triggers
    unscoped = [
        name
        for name, table, sql in triggers
        if table in SERVER_TABLES
        and not re.search(r"\b(new|old)\.(guild_id|text_server)\b", sql)
        and "RAISE(ABORT" not in sql
    ]
    assert unscoped == []


async def _at_version_6(engine: str, tmp_path: Any, request: pytest.FixtureRequest) -> Any:
    """A store whose schema stops at version 6 (before the history had guild_id)."""
    if engine == "sqlite":
        store = Store(tmp_path / "old.db")
    else:
        store = PgStore(await request.getfixturevalue("pg_server").bare_database())
    await store.open(migrate=False)
    await store.migrate(6)
    return store


async def test_the_migration_gives_the_history_its_server(engine, tmp_path, request):
    """A database written before version 8: each event gets its pledge's server, and
    from then on an event naming another server than its pledge's is refused."""
    store = await _at_version_6(engine, tmp_path, request)
    server = request.getfixturevalue("pg_server") if engine != "sqlite" else None
    try:
        for guild in (GUILD, OTHER):
            for number in (1, 2):
                await _old_pledge(store, guild, number)
        await store.migrate()
        for guild in (GUILD, OTHER):
            for number in (1, 2):
                pledge = await store.get_pledge(guild, number)
                assert [e.kind for e in await store.history(guild, pledge.id)] == [
                    "created",
                    "ruled",
                ]
                assert await store.history(GUILD + OTHER - guild, pledge.id) == []
        mine = await store.get_pledge(GUILD, 1)
        stray = Event(pledge_id=mine.id, at=START, actor_id=1, kind="edited")
        with pytest.raises((sqlite3.IntegrityError, asyncpg.ForeignKeyViolationError)):
            await store.update_pledge(OTHER, mine.id, {}, [stray], START)
    finally:
        await store.close()
        if server is not None:
            await server.drop_database(store.database.url)


async def _old_pledge(store: Any, guild: int, number: int) -> None:
    """A pledge and two events as version 6 wrote them (no guild_id on the events)."""
    values = (guild, number, "Old", "An old promise", START)
    if isinstance(store, PgStore):
        async with store.transaction() as conn:
            pledge_id = await conn.fetchval(
                "INSERT INTO pledges (guild_id, number, speaker, promise, said_at, "
                "recorded_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 0, $5, $5) "
                "RETURNING id",
                *values,
            )
            for kind in ("created", "ruled"):
                await conn.execute(
                    "INSERT INTO pledge_events (pledge_id, at, actor_id, kind) "
                    "VALUES ($1, $2, 0, $3)",
                    pledge_id,
                    START,
                    kind,
                )
        return
    async with store.transaction() as db:
        cur = await db.execute(
            "INSERT INTO pledges (guild_id, number, speaker, promise, said_at, recorded_by, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (*values[:4], START.isoformat(), START.isoformat(), START.isoformat()),
        )
        for kind in ("created", "ruled"):
            await db.execute(
                "INSERT INTO pledge_events (pledge_id, at, actor_id, kind) VALUES (?, ?, 0, ?)",
                (cur.lastrowid, START.isoformat(), kind),
            )
