"""The PostgreSQL store: the same protocols as db/store.py (bot/core/ports.py), on a
pool of connections to one PostgreSQL database that any number of Pledgewatch processes
on any number of machines may share. PLEDGEWATCH_DB=postgresql://... selects it
(bot/app.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.core.alerts import OutboxRow
from db.pg._pg import PgDatabase
from db.pg.forget import PgServerEraser
from db.pg.keeping import PgKeepingRepository
from db.pg.outbox import PgOutboxRepository
from db.pg.pledges import PgPledgeRepository
from db.pg.words import WORDS_VERSION, backfill


class PgStore(PgPledgeRepository, PgKeepingRepository):
    """Pledges and settings, scorecards, import and followers, `outbox` beside them, and
    the pool's lifecycle: open (with migrations), close."""

    def __init__(self, url: str, *, max_connections: int = 10) -> None:
        self.database = PgDatabase(url, max_connections=max_connections)
        super().__init__(self.database)
        self.outbox = PgOutboxRepository(self.database)
        self.eraser = PgServerEraser(self.database)  # `python -m bot forget`

    @property
    def label(self) -> str:
        """Where the data lives, for messages (the URL without its password)."""
        return self.database.label

    async def open(self, *, migrate: bool = True) -> None:
        await self.database.open(migrate=migrate)
        if await self.database.schema_version() >= WORDS_VERSION:
            await backfill(self.database)

    async def close(self) -> None:
        await self.database.close()

    async def __aenter__(self) -> PgStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def schema_version(self) -> int:
        return await self.database.schema_version()

    async def migrate(self, target: int | None = None) -> list[int]:
        return await self.database.migrate(target)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        """A connection of the pool inside one transaction (as Store.transaction)."""
        async with self.database.transaction() as conn:
            yield conn

    async def alert_failure(self, guild_id: int) -> str | None:
        return await self.outbox.last_failure(guild_id)

    async def outbox_for_pledge(self, guild_id: int, pledge_id: int) -> list[OutboxRow]:
        return await self.outbox.rows_for_pledge(guild_id, pledge_id)
