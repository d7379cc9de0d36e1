"""The SQLite connection and what every repository shares: the write lock, the
transaction helper, migrations, and the mappers from rows to domain objects.

One aiosqlite connection in autocommit mode for writes; every write runs inside an
explicit `BEGIN IMMEDIATE ... COMMIT` taken under an asyncio lock, because coroutines
sharing one connection would otherwise interleave their statements inside each other's
transactions. Reads go to a small pool of query-only connections beside it (WAL lets
readers run while another reads or writes), so a `/pledge show` never waits behind a
long read or write of another server.
Private to `db/`: the repositories (db/pledges.py, db/outbox.py) and the store build on
it; nothing outside `db/` imports it.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, overload

import aiosqlite

from bot.core.alerts import AlertKind, OutboxRow
from bot.core.model import Event, GuildSettings, Pledge, Status
from db.busy import BUSY_TIMEOUT_MS, busy_as_refusal, busy_outage, held_elsewhere

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

PLEDGE_COLUMNS = (
    "id, guild_id, number, speaker, promise, beneficiary, quote, source_url, source_title, "
    "said_at, "
    "deadline_text, due_at, due_earliest, vague, depends_on, recorded_by, status, "
    "status_note, evidence_url, seed_key, created_at, updated_at, deleted_at"
)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Pledgewatch; running old code on it could
    silently drop data the newer version relies on."""


class DatabaseUnusable(RuntimeError):
    """The database file cannot be opened or written: the message says why, in words an
    operator can act on."""


def _unusable(path: Path, error: BaseException) -> DatabaseUnusable:
    """What went wrong opening `path`, as one sentence with the way out."""
    where = "Point PLEDGEWATCH_DB at another file"
    if path.is_dir():
        return DatabaseUnusable(
            f"PLEDGEWATCH_DB is {path}, which is a folder, not a file. "
            f"Point it at a file inside it, e.g. {path / 'pledgewatch.db'}."
        )
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        return DatabaseUnusable(
            f"PLEDGEWATCH_DB is {path}, but {blocker} is a file, so no folder can be made "
            f"there. {where}."
        )
    text = str(error)
    folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    unwritable = (path.exists() and not os.access(path, os.W_OK)) or (
        folder is not None and not os.access(folder, os.W_OK)
    )
    if unwritable or "readonly" in text or isinstance(error, PermissionError):
        return DatabaseUnusable(
            f"The database {path} can't be written ({text}): the file, its folder or the "
            f"disk is read-only. Make it writable, or {where.lower()}."
        )
    if isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return DatabaseUnusable(
            f"{path} is not a usable SQLite database ({text}): it is another kind of "
            f"file, or damaged. {where}, or restore it from a backup."
        )
    if "locked" in text:
        return DatabaseUnusable(held_elsewhere(path))
    return DatabaseUnusable(f"The database {path} could not be opened ({text}). {where}.")


@overload
def to_db(moment: datetime) -> str: ...
@overload
def to_db(moment: None) -> None: ...
def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are never stored; pass an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db(text: str | datetime | None) -> datetime | None:
    """A time column: ISO text from SQLite, or a datetime from PostgreSQL (db/pg/)."""
    if text is None:
        return None
    return moment(text)


def moment(text: str | datetime) -> datetime:
    """A NOT NULL time column."""
    when = text if isinstance(text, datetime) else datetime.fromisoformat(text)
    return when.astimezone(UTC)


def marks(values: Sequence[Any]) -> str:
    """`?, ?, ?` for an IN list of `values`."""
    return ", ".join("?" * len(values))


def like(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching `text` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def db_value(key: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return to_db(value)
    if isinstance(value, Status):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if key == "follow_up_days" and not isinstance(value, str):
        return ",".join(str(int(v)) for v in value)
    return value


# -- row mappers ---------------------------------------------------------------------------
# Shared by both engines: an aiosqlite.Row and an asyncpg.Record both index by column name.
Row = Any


def _fold(text: str | None) -> str | None:
    """SQL `fold(x)`: a name as Python compares names without regard to case (SQLite's
    own lower() folds ASCII letters only). Registered on this module's connections, for
    queries only: no trigger or index uses it, so the sqlite3 shell still works."""
    return None if text is None else text.casefold()


def pledge_from_row(row: Row) -> Pledge:
    """A pledge from a row that starts with PLEDGE_COLUMNS, in that order (read by
    position: a server-wide replan or a scorecard maps every pledge of a server). Either
    engine's row: SQLite's and asyncpg's both iterate over their values."""
    (id_, guild_id, number, speaker, promise, beneficiary, quote, source_url, source_title,
     said_at, deadline_text, due_at, due_earliest, vague, depends_on, recorded_by, status,
     status_note, evidence_url, seed_key, created_at, updated_at, deleted_at,
     ) = tuple(row)[:23]  # fmt: skip
    return Pledge(
        id=id_,
        guild_id=guild_id,
        number=number,
        speaker=speaker,
        promise=promise,
        beneficiary=beneficiary,
        quote=quote,
        source_url=source_url,
        source_title=source_title,
        said_at=moment(said_at),
        deadline_text=deadline_text,
        due_at=from_db(due_at),
        due_earliest=from_db(due_earliest),
        vague=bool(vague),
        depends_on=depends_on,
        recorded_by=recorded_by,
        status=Status(status),
        status_note=status_note,
        evidence_url=evidence_url,
        seed_key=seed_key,
        created_at=moment(created_at),
        updated_at=moment(updated_at),
        deleted_at=from_db(deleted_at),
    )


def event_from_row(row: Row) -> Event:
    return Event(
        id=row["id"],
        pledge_id=row["pledge_id"],
        at=moment(row["at"]),
        actor_id=row["actor_id"],
        kind=row["kind"],
        field=row["field"],
        from_value=row["from_value"],
        to_value=row["to_value"],
        note=row["note"],
        evidence_url=row["evidence_url"],
    )


def outbox_from_row(row: Row) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        guild_id=row["guild_id"],
        pledge_id=row["pledge_id"],
        kind=AlertKind(row["kind"]),
        due_at=moment(row["due_at"]),
        state=row["state"],
        payload=json.loads(row["payload"]) if row["payload"] else None,
        attempts=row["attempts"],
        next_attempt_at=from_db(row["next_attempt_at"]),
        last_error=row["last_error"],
        late=bool(row["late"]),
        claimed_at=from_db(row["claimed_at"]),
        sent_at=from_db(row["sent_at"]),
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        created_at=from_db(row["created_at"]),
    )


def settings_from_row(guild_id: int, row: Row | None) -> GuildSettings:
    if row is None:
        return GuildSettings(guild_id=guild_id)
    return GuildSettings(
        guild_id=guild_id,
        alert_channel_id=row["alert_channel_id"],
        editor_role_id=row["editor_role_id"],
        timezone=row["timezone"],
        day_first=bool(row["day_first"]),
        heads_up_minutes=row["heads_up_minutes"],
        follow_up_days=tuple(int(v) for v in row["follow_up_days"].split(",") if v),
        repeat_days=row["repeat_days"],
        review_days=row["review_days"],
        fiscal_year_end=row["fiscal_year_end"],
    )


async def fetch_settings(db: aiosqlite.Connection, guild_id: int) -> GuildSettings:
    async with db.execute("SELECT * FROM guild_settings WHERE guild_id = ?", (guild_id,)) as cur:
        return settings_from_row(guild_id, await cur.fetchone())


async def fetch_pledge(db: aiosqlite.Connection, guild_id: int, pledge_id: int) -> Pledge | None:
    async with db.execute(
        f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND id = ?",
        (guild_id, pledge_id),
    ) as cur:
        row = await cur.fetchone()
    return pledge_from_row(row) if row else None


async def _switch_to_wal(db: aiosqlite.Connection) -> None:
    """WAL mode, waiting for a second process that opens the same new file at the same
    moment: SQLite can answer "database is locked" to the switch at once, without
    calling the busy handler, while the other connection holds its lock."""
    for attempt in range(60):
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 59:
                raise
            await asyncio.sleep(min(0.05 * (attempt + 1), 0.5))


# -- migrations ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations(package: str = "db.migrations") -> list[Migration]:
    """The numbered migrations of `package` (db.migrations.pg for PostgreSQL's twins)."""
    found: list[Migration] = []
    for entry in resources.files(package).iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {expected:04d} is missing (found {migration.name})")
    return found


# -- the connection ------------------------------------------------------------------------


READERS = 3  # query-only connections beside the writer (each is a thread)
# The read connection a task's snapshot (`Database.snapshot`) holds, by database and by
# task: every read of that task inside the block goes to it. Module-level, as ContextVars
# must be. The task is kept because tasks started inside the block (asyncio.gather, a
# task outliving it) inherit the context: they read on their own connections, for an
# asyncpg connection runs one statement at a time, and a task outliving the block must
# never read on a connection the pool has since handed to another.
_PINNED: contextvars.ContextVar[tuple[object, object, Any] | None] = contextvars.ContextVar(
    "pledgewatch_pinned_reader", default=None
)


def pinned(database: object) -> Any | None:
    """The connection `database`'s snapshot holds in this task, if one is open (either
    engine)."""
    held = _PINNED.get()
    if held is None or held[0] is not database or held[1] is not _current_task():
        return None
    return held[2]


def _current_task() -> object:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no running loop: nothing can be pinned
        return None


@asynccontextmanager
async def pin(database: object, connection: Any) -> AsyncIterator[None]:
    """Hold `connection` as `database`'s snapshot connection for this task."""
    token = _PINNED.set((database, _current_task(), connection))
    try:
        yield
    finally:
        _PINNED.reset(token)


async def _end_snapshot(reader: aiosqlite.Connection) -> None:
    """Roll a snapshot's read transaction back. A connection runs its statements in the
    order they were sent, so once this probe has run, a BEGIN whose sender was cancelled
    meanwhile has run too, and `in_transaction` says whether it took."""
    await reader.execute("SELECT 1")
    if reader.in_transaction:
        await reader.execute("ROLLBACK")


CHECKPOINT_EVERY = 200  # commits between two background WAL checkpoints
OPTIMIZE_EVERY = 24 * 3600.0  # seconds between two refreshes on a long-lived writer


class Database:
    """The writer connection, its write lock and the transaction helper, and the pool of
    read connections."""

    def __init__(self, path: str | Path, *, readers: int = READERS) -> None:
        self.path = Path(path)
        self._outage = busy_outage()
        self._db: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()
        self._readers_wanted = readers
        self._readers: list[aiosqlite.Connection] = []
        self._idle: asyncio.Queue[aiosqlite.Connection] | None = None
        # With the pool, the WAL is checkpointed on a connection of its own in the
        # background, not by whichever command's commit crosses the threshold (at a
        # million pledges that commit waited a quarter of a second).
        self._checkpointer: aiosqlite.Connection | None = None
        self._checkpointing: asyncio.Task[None] | None = None
        self._commits = 0
        self._optimized_at: float | None = None  # the event loop's clock
        self._optimizing: asyncio.Task[None] | None = None

    async def open(self, *, migrate: bool = True) -> None:
        """Connect, refuse a database newer than this code before writing anything to
        it, then set the connection up (WAL, foreign keys) and migrate. A file that
        cannot be used raises DatabaseUnusable saying why."""
        if self._db is not None:
            return
        try:
            await self._open(migrate=migrate)
        except (sqlite3.DatabaseError, OSError) as error:
            raise _unusable(self.path, error) from error

    async def _open(self, *, migrate: bool) -> None:
        if str(self.path) != ":memory:":
            if self.path.is_dir():
                raise IsADirectoryError(str(self.path))
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connecting = aiosqlite.connect(self.path, isolation_level=None)
        try:
            db = await connecting
        except BaseException:
            # aiosqlite stops its worker thread on a failed connect without waiting for
            # it; wait here, or the thread outlives the event loop and fails noisily.
            await asyncio.to_thread(connecting._thread.join, 5)
            raise
        db.row_factory = aiosqlite.Row
        await db.create_function("fold", 1, _fold, deterministic=True)
        try:
            # The busy timeout first: switching the journal mode needs a lock that a
            # second process opening the same new file may hold for a moment.
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Read-only look at the version before anything that writes: switching a
            # rollback-journal file to WAL rewrites its header.
            await self._refuse_newer(db)
            await _switch_to_wal(db)
            await db.execute("PRAGMA foreign_keys = ON")
            # FULL: a committed ruling or alert receipt survives a power cut, not only a
            # crash of the process. Writes are rare (member actions, one per alert).
            await db.execute("PRAGMA synchronous = FULL")
        except BaseException:
            await db.close()
            raise
        self._db = db
        try:
            if migrate:
                await self.migrate()
            await self._open_readers()
        except BaseException:
            await self.close()
            raise

    async def _open_readers(self) -> None:
        """The read pool, opened after the migrations so each sees the final schema. An
        in-memory database cannot be shared between connections: it reads on the writer."""
        if str(self.path) == ":memory:" or not self._readers_wanted:
            return
        idle: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        for _ in range(self._readers_wanted):
            reader = await aiosqlite.connect(self.path, isolation_level=None)
            reader.row_factory = aiosqlite.Row
            await reader.create_function("fold", 1, _fold, deterministic=True)
            self._readers.append(reader)
            await reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await reader.execute("PRAGMA query_only = 1")
            idle.put_nowait(reader)
        self._idle = idle
        self._checkpointer = await aiosqlite.connect(self.path, isolation_level=None)
        await self._checkpointer.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await self.connection.execute("PRAGMA wal_autocheckpoint = 0")

    def _committed(self) -> None:
        """Count a commit; every CHECKPOINT_EVERY, checkpoint the WAL in the background
        (PASSIVE: it never blocks the writer or a reader)."""
        self._commits += 1
        self._optimize_when_due()
        if self._checkpointer is None or self._commits % CHECKPOINT_EVERY:
            return
        if self._checkpointing is None or self._checkpointing.done():
            self._checkpointing = asyncio.create_task(self._checkpoint(self._checkpointer))

    def _optimize_when_due(self) -> None:
        """Once a day of a long-lived writer, refresh the planner's statistics in the
        background (SQLite's advice for connections that stay open)."""
        now = asyncio.get_running_loop().time()
        if self._optimized_at is None:
            self._optimized_at = now
        elif now - self._optimized_at >= OPTIMIZE_EVERY and (
            self._optimizing is None or self._optimizing.done()
        ):
            self._optimized_at = now
            self._optimizing = asyncio.create_task(self.optimize())

    async def optimize(self) -> None:
        """`PRAGMA optimize`: re-analyse the tables this connection has queried whose
        statistics are missing or stale (grown 25 times). The query plans the benchmarks
        measure are those of an analysed file; without this a file is planned from
        guesses until someone runs ANALYZE by hand. No analysis limit: a sample of a few
        hundred rows put a million-pledge server at 205 rows, a full analysis of that
        file takes about a second, and it runs only when the statistics are stale. A
        failure is logged, never raised: statistics are an optimisation."""
        async with self._write_lock:
            await self._refresh_statistics("PRAGMA optimize")

    async def _refresh_statistics(self, sql: str) -> None:
        """ANALYZE or PRAGMA optimize, the write lock held by the caller. A failure (a
        lock another process held too long, a full disk) is logged, never raised: the
        statistics only steer the planner, and a later PRAGMA optimize catches up."""
        try:
            await self.connection.execute(sql)
        except (sqlite3.Error, RuntimeError) as error:
            log.warning("Refreshing the query planner's statistics failed: %s", error)

    async def _checkpoint(self, db: aiosqlite.Connection) -> None:
        try:
            await db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as error:
            log.warning("Background WAL checkpoint failed: %s", error)

    async def _refuse_newer(self, db: aiosqlite.Connection) -> None:
        async with db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        current = int(row[0]) if row else 0
        migrations = bundled_migrations()
        newest = migrations[-1].version if migrations else 0
        if current > newest:
            raise SchemaTooNew(
                f"The database {self.path} has schema version {current}, but this Pledgewatch "
                f"only knows versions up to {newest}. Upgrade Pledgewatch (git pull && make run) "
                f"or point PLEDGEWATCH_DB at another file; the database was left untouched."
            )

    async def close(self) -> None:
        if self._optimizing is not None:
            await asyncio.gather(self._optimizing, return_exceptions=True)
            self._optimizing = None
        if self._db is not None:
            await self.optimize()  # SQLite's advice: before a long-lived connection closes
        readers, self._readers, self._idle = self._readers, [], None
        for reader in readers:
            await reader.close()
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)
            self._checkpointing = None
        if self._checkpointer is not None:
            checkpointer, self._checkpointer = self._checkpointer, None
            await checkpointer.close()
        if self._db is not None:
            db, self._db = self._db, None
            async with self._write_lock:
                await db.close()

    def connections(self) -> list[aiosqlite.Connection]:
        """Every open connection (the writer, the readers, the checkpointer): a test
        traces the statements run on each (tests/db/test_guild_scope.py)."""
        found = [self._db, *self._readers, self._checkpointer]
        return [db for db in found if db is not None]

    @property
    def connection(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("Store is not open")
        return self._db

    async def schema_version(self) -> int:
        async with self.connection.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        assert row is not None  # a PRAGMA always answers
        return int(row[0])

    async def migrate(self, target: int | None = None) -> list[int]:
        """Bring the schema to `target` (default: the newest bundled). Returns the
        versions applied; an up-to-date database applies nothing."""
        migrations = bundled_migrations()
        newest = migrations[-1].version if migrations else 0
        target = newest if target is None else target
        current = await self.schema_version()
        await self._refuse_newer(self.connection)
        applied: list[int] = []
        async with self._write_lock:
            for migration in migrations:
                if current < migration.version <= target and await self._apply(migration):
                    applied.append(migration.version)
            if applied and await self._analysed():
                # Statistics of a file analysed before a migration lack the indexes it
                # created, and SQLite then plans around them in odd ways (a replan once
                # walked a server's outbox per moved alert): analyse it again.
                await self._refresh_statistics("ANALYZE")
        return applied

    async def _analysed(self) -> bool:
        async with self.connection.execute(
            "SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'"
        ) as cur:
            return await cur.fetchone() is not None

    async def _apply(self, migration: Migration) -> bool:
        db = self.connection
        if await self.schema_version() >= migration.version:
            return False  # applied meanwhile by another process on this file
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{migration.sql}\n"
            f"PRAGMA user_version = {migration.version};\n"
            "COMMIT;"
        )
        try:
            await db.executescript(script)
        except BaseException:
            if db.in_transaction:
                await db.execute("ROLLBACK")
            # Another process sharing the file (a second shard) may have applied it
            # between our version check and our lock.
            if await self.schema_version() >= migration.version:
                return False
            raise
        log.info("Applied migration %s", migration.name)
        return True

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._write_lock:
            db = self.connection
            with busy_as_refusal(self.path, self._outage):
                await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            else:
                await db.execute("COMMIT")
                self._committed()

    async def write(self, sql: str, params: Any = ()) -> list[aiosqlite.Row]:
        """One statement, committed on its own, in one round trip. Taken under the write
        lock: on the shared connection, a statement issued while another coroutine's
        transaction is open would become part of that transaction."""
        async with self._write_lock:
            with busy_as_refusal(self.path, self._outage):
                rows = list(await self.connection.execute_fetchall(sql, params))
        self._committed()
        return rows

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[aiosqlite.Connection]:
        """A read connection of the pool for as long as the block runs (the writer, for
        an in-memory database). Each statement on it is its own read transaction, but
        inside `snapshot()`, where every read shares the snapshot's."""
        held = pinned(self)
        if held is not None:
            yield held
            return
        idle = self._idle
        if idle is None:
            yield self.connection
            return
        reader = await idle.get()
        try:
            yield reader
        finally:
            idle.put_nowait(reader)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[None]:
        """Every read of this task inside the block sees the database at one moment: one
        read connection of the pool, in one read transaction (WAL keeps its snapshot
        while writers commit). Writes are not affected, and tasks started inside read on
        their own. An in-memory database has no pool, and its reads share the writer:
        they are not pinned (tests only)."""
        idle = self._idle
        if pinned(self) is not None or idle is None:
            yield
            return
        reader = await idle.get()
        try:
            await reader.execute("BEGIN")
            async with pin(self, reader):
                yield
        finally:
            # Read-only, nothing to keep. Whatever ended the block (an error, a
            # cancellation, even one while BEGIN ran), the reader goes back to the pool
            # only once it is out of the transaction, and shielded: a command cancelled
            # again meanwhile must not hand it on inside its old snapshot.
            ending = asyncio.ensure_future(_end_snapshot(reader))
            ending.add_done_callback(lambda _: idle.put_nowait(reader))
            await asyncio.shield(ending)

    async def read_in_order(self, sql: str, params: Any = ()) -> list[aiosqlite.Row]:
        """A read on the writer connection: it runs after every statement issued on it
        before, like the dispatcher's reads of what its own writes just changed."""
        return list(await self.connection.execute_fetchall(sql, params))

    async def read(self, sql: str, params: Any = ()) -> list[aiosqlite.Row]:
        async with self.reader() as db:
            return list(await db.execute_fetchall(sql, params))

    async def read_one(self, sql: str, params: Any = ()) -> aiosqlite.Row | None:
        async with self.reader() as db, db.execute(sql, params) as cur:
            return await cur.fetchone()
