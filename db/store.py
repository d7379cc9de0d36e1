"""The SQLite store: the pledge repository and the alert outbox on one database file.

What the service and the dispatcher need of it is written down as protocols in
bot/core/ports.py; this is the embedded engine that implements them. The SQL lives in
the two repositories (db/pledges.py, db/outbox.py), which share the connection, the
write lock and the row mappers of db/_sqlite.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.core.alerts import OutboxRow
from db._sqlite import (
    Database,
    DatabaseUnusable,
    SchemaTooNew,
    bundled_migrations,
    from_db,
    to_db,
)
from db.forget import ServerEraser
from db.keeping import KeepingRepository, backup_database
from db.outbox import OutboxRepository
from db.pledges import PledgeRepository

__all__ = [
    "DatabaseUnusable",
    "SchemaTooNew",
    "Store",
    "backup_database",
    "bundled_migrations",
    "from_db",
    "to_db",
]


class Store(PledgeRepository, KeepingRepository):
    """Pledges and settings (the methods of PledgeRepository), scorecard, import and
    follower queries (KeepingRepository), `outbox` beside them, and the file's
    lifecycle: open (with migrations), close."""

    def __init__(self, path: str | Path) -> None:
        self.database = Database(path)
        super().__init__(self.database)
        self.outbox = OutboxRepository(self.database)
        self.eraser = ServerEraser(self.database)  # `python -m bot forget`

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def label(self) -> str:
        """Where the data lives, for messages (as PgStore.label)."""
        return str(self.database.path)

    @property
    def db(self) -> aiosqlite.Connection:
        """The raw connection, for tests and benchmarks that inspect the file."""
        return self.database.connection

    async def open(self, *, migrate: bool = True) -> None:
        await self.database.open(migrate=migrate)

    async def close(self) -> None:
        await self.database.close()

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def schema_version(self) -> int:
        return await self.database.schema_version()

    async def migrate(self, target: int | None = None) -> list[int]:
        return await self.database.migrate(target)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self.database.transaction() as db:
            yield db

    async def alert_failure(self, guild_id: int) -> str | None:
        """The last delivery error of a still-waiting alert of this server, if any."""
        return await self.outbox.last_failure(guild_id)

    async def outbox_for_pledge(self, guild_id: int, pledge_id: int) -> list[OutboxRow]:
        """A pledge's outbox rows (tests and diagnostics)."""
        return await self.outbox.rows_for_pledge(guild_id, pledge_id)
