"""The PostgreSQL connection pool and what every PostgreSQL repository shares: the
transaction helper, migrations, and the mappers from records to domain objects.

A pool of asyncpg connections: reads run side by side on their own connections and
never wait behind a write; every write is one statement or one transaction on one
connection. Writers of different processes (and machines) are kept apart by
PostgreSQL itself: row locks, a per-server advisory lock for pledge numbers, and
`FOR UPDATE SKIP LOCKED` where the dispatcher claims alerts (db/pg/outbox.py).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, overload
from urllib.parse import urlsplit

import asyncpg

from bot.core.model import GuildSettings, Pledge, Status
from db._sqlite import (
    DatabaseUnusable,
    Migration,
    SchemaTooNew,
    event_from_row,
    outbox_from_row,
    pin,
    pinned,
    pledge_from_row,
    settings_from_row,
)
from db._sqlite import bundled_migrations as sqlite_migrations
from db.pg.lost import Commit, lost_as_refusal, lost_outage

log = logging.getLogger(__name__)

# One process migrates at a time: the others wait on this advisory lock, then find the
# schema up to date. (Any constant works; this one spells "PLDGWTCH" in hex-ish.)
_MIGRATION_LOCK = 0x504C4447_57544348

PLEDGE_COLUMNS = (
    "id, guild_id, number, speaker, promise, beneficiary, quote, source_url, source_title, "
    "said_at, deadline_text, due_at, due_earliest, vague, depends_on, recorded_by, status, "
    "status_note, evidence_url, seed_key, created_at, updated_at, deleted_at"
)

Record = asyncpg.Record


def is_postgres_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://"))


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


@overload
def to_pg(moment: datetime) -> datetime: ...
@overload
def to_pg(moment: None) -> None: ...
def to_pg(moment: datetime | None) -> datetime | None:
    """Stored as SQLite stores it: UTC, to the second (the outbox's unique index on
    (pledge, kind, due_at) compares planned times, which must not differ in microseconds)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are never stored; pass an aware datetime")
    return moment.astimezone(UTC).replace(microsecond=0)


def from_pg(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def pg_value(key: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return to_pg(value)
    if isinstance(value, Status):
        return value.value
    if key == "follow_up_days" and not isinstance(value, str):
        return ",".join(str(int(v)) for v in value)
    return value


# -- records: mapped by db/_sqlite.py's row mappers, shared by both engines ---------------


async def fetch_settings(conn: Any, guild_id: int) -> GuildSettings:
    row = await conn.fetchrow("SELECT * FROM guild_settings WHERE guild_id = $1", guild_id)
    return settings_from_row(guild_id, row)


async def fetch_pledge(conn: Any, guild_id: int, pledge_id: int) -> Pledge | None:
    row = await conn.fetchrow(
        f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND id = $2",
        guild_id,
        pledge_id,
    )
    return pledge_from_row(row) if row else None


# -- migrations ----------------------------------------------------------------------------


def bundled_migrations() -> list[Migration]:
    """db/migrations/pg/NNNN_*.sql, the same versions as the SQLite set beside it."""
    return sqlite_migrations("db.migrations.pg")


_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS pledgewatch_schema (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version  INTEGER NOT NULL
)
"""


async def _schema_version(conn: Any) -> int:
    exists = await conn.fetchval("SELECT to_regclass('pledgewatch_schema') IS NOT NULL")
    if not exists:
        return 0
    return await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM pledgewatch_schema")


# -- the pool ------------------------------------------------------------------------------


class PgDatabase:
    """The pool, the transaction helper and migrations of one PostgreSQL database."""

    def __init__(self, url: str, *, max_connections: int = 10) -> None:
        self.url = url
        self.max_connections = max_connections
        self._pool: asyncpg.Pool | None = None
        self._outage = lost_outage()

    @property
    def label(self) -> str:
        return redacted(self.url)

    async def open(self, *, migrate: bool = True) -> None:
        if self._pool is not None:
            return
        # No floor of idle connections (min_size=0): asyncpg keeps a floor by reconnecting
        # in the background while the server is down, with a warning and a traceback at
        # every try; without one, a connection is made when a request needs it, and an
        # outage is logged once (lost.py). The first connection is made here, at once,
        # so that a server that does not answer stops the start with one sentence.
        pool = asyncpg.create_pool(
            self.url, min_size=0, max_size=self.max_connections, command_timeout=60
        )
        try:
            await pool
            async with pool.acquire():
                pass
        except BaseException as error:
            _discard(pool)
            if not isinstance(error, (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)):
                raise
            raise DatabaseUnusable(
                f"The PostgreSQL database {self.label} could not be opened ({error}). "
                "Check that the server runs and that PLEDGEWATCH_DB names an existing "
                "database, user and password."
            ) from error
        self._pool = pool
        try:
            await self._refuse_newer()
            if migrate:
                await self.migrate()
        except BaseException:
            self._pool = None
            _discard(pool)
            raise

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("Store is not open")
        return self._pool

    async def schema_version(self) -> int:
        async with self.pool.acquire() as conn:
            return await _schema_version(conn)

    async def _refuse_newer(self, conn: Any = None) -> None:
        if conn is None:
            current = await self.schema_version()
        else:
            current = await _schema_version(conn)
        newest = bundled_migrations()[-1].version
        if current > newest:
            raise SchemaTooNew(
                f"The database {self.label} has schema version {current}, but this "
                f"Pledgewatch only knows versions up to {newest}. Upgrade Pledgewatch "
                "(git pull && make run) or point PLEDGEWATCH_DB at another database; the "
                "database was left untouched."
            )

    async def migrate(self, target: int | None = None) -> list[int]:
        """Apply the bundled migrations up to `target` (default: all), each in its own
        transaction with its version. Processes starting together take turns on an
        advisory lock; the later ones find nothing left to do."""
        migrations = bundled_migrations()
        target = migrations[-1].version if target is None else target
        applied: list[int] = []
        async with self.pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
            try:
                await self._refuse_newer(conn)
                for migration in migrations:
                    if await self._apply(conn, migration, target):
                        applied.append(migration.version)
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)
        return applied

    async def _apply(self, conn: Any, migration: Migration, target: int) -> bool:
        current = await _schema_version(conn)
        if not current < migration.version <= target:
            return False
        async with conn.transaction():
            await conn.execute(_VERSION_TABLE)
            await conn.execute(migration.sql)
            await conn.execute(
                "INSERT INTO pledgewatch_schema (version) VALUES ($1) "
                "ON CONFLICT (only_row) DO UPDATE SET version = excluded.version",
                migration.version,
            )
        log.info("Applied PostgreSQL migration %s", migration.name)
        return True

    # -- statements --------------------------------------------------------------------

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[None]:
        """Every read of this task inside the block sees the database at one moment: one
        connection in one read-only REPEATABLE READ transaction. Writes go to their own
        connections (`transaction`, `write`, `execute`), as on SQLite, and tasks started
        inside read on their own (see `pinned`)."""
        if pinned(self) is not None:
            yield
            return
        with lost_as_refusal(self.label, self._outage):
            async with (
                self.pool.acquire() as conn,
                conn.transaction(isolation="repeatable_read", readonly=True),
                pin(self, conn),
            ):
                yield

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Any]:
        """A connection of the pool for reads in the block (the snapshot's, inside
        one)."""
        held = pinned(self)
        if held is not None:
            yield held
            return
        with lost_as_refusal(self.label, self._outage):
            async with self.pool.acquire() as conn:
                yield conn

    @asynccontextmanager
    async def read_transaction(self) -> AsyncIterator[Any]:
        """Several reads in one transaction (READ COMMITTED; a savepoint of the
        snapshot's, inside one)."""
        async with self.connection() as conn, conn.transaction():
            yield conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        """A connection of the pool inside one transaction (READ COMMITTED), for writes:
        never the snapshot's, which is read-only. A connection lost before COMMIT was sent
        saved nothing (StoreUnreachable); one lost after, maybe something
        (StoreOutcomeUnknown)."""
        commit = Commit()
        with lost_as_refusal(self.label, self._outage, commit):
            async with self.pool.acquire() as conn, conn.transaction():
                yield conn
                commit.sent = True  # what follows is leaving the block: the COMMIT

    async def fetch(self, sql: str, *args: Any) -> list[Record]:
        """One read on its own connection (or the snapshot's)."""
        async with self.connection() as conn:
            return await conn.fetch(sql, *args)

    async def fetchrow(self, sql: str, *args: Any) -> Record | None:
        async with self.connection() as conn:
            return await conn.fetchrow(sql, *args)

    async def fetchval(self, sql: str, *args: Any) -> Any:
        async with self.connection() as conn:
            return await conn.fetchval(sql, *args)

    async def write(self, sql: str, *args: Any) -> list[Record]:
        """One write returning rows, on its own connection, committed on its own (never
        the snapshot's, which is read-only)."""
        with lost_as_refusal(self.label, self._outage):
            return await self.pool.fetch(sql, *args)

    async def execute(self, sql: str, *args: Any) -> str:
        with lost_as_refusal(self.label, self._outage):
            return await self.pool.execute(sql, *args)


def _discard(pool: asyncpg.Pool) -> None:
    """A pool whose start failed, closed at once and for good: its sockets shut without
    a word to the server (`terminate`, not `close`, which waits for the server's answer
    and could hang on one that stopped answering, or raise and hide why the start
    failed). The caller raises the start's own error."""
    try:
        pool.terminate()
    except Exception:  # noqa: BLE001 - the start's error is the one worth raising
        log.debug("Discarding the PostgreSQL pool of a failed start failed", exc_info=True)


def affected(status: str) -> int:
    """The row count of an asyncpg status string ("UPDATE 3" -> 3)."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def ids(values: Sequence[int]) -> list[int]:
    return [int(v) for v in values]


__all__ = [
    "PLEDGE_COLUMNS",
    "PgDatabase",
    "event_from_row",
    "outbox_from_row",
    "pledge_from_row",
]
