"""Forgetting a server on PostgreSQL: every row of one server deleted in one transaction,
as db/forget.py does on SQLite (which says why the tables are found by `guild_id`).

The history's append-only trigger is disabled and enabled again inside the transaction:
ALTER TABLE takes the table's exclusive lock until the commit, so no other process
writes to (or reads) the history meanwhile, and none ever sees it unguarded. It needs
the tables' owner, the user the migrations ran as.

Deleted is not yet gone from the disk, unlike SQLite's secure_delete (db/forget.py):
PostgreSQL keeps a deleted row's bytes in the table and index files as a dead row, which
no query returns, until VACUUM (autovacuum, on its own schedule, or run by hand) removes
it, and even then the space is only marked free and its bytes stay until new rows reuse
it. The write-ahead log, its archive and any replica hold copies too. Behaviour we keep
(an online, one-transaction delete); the README's operator section says how to clear the
files when a request needs it (VACUUM FULL, which rewrites the tables under a lock).
"""

from __future__ import annotations

from typing import Any

from db.forget import HISTORY_GUARD, in_order, pledges_first
from db.pg._pg import PgDatabase, affected


async def _server_tables(conn: Any) -> list[str]:
    rows = await conn.fetch(
        "SELECT c.table_name FROM information_schema.columns c "
        "JOIN information_schema.tables t USING (table_schema, table_name) "
        "WHERE c.table_schema = current_schema() AND c.column_name = 'guild_id' "
        "AND t.table_type = 'BASE TABLE'"
    )
    return in_order([row["table_name"] for row in rows])


class PgServerEraser:
    def __init__(self, database: PgDatabase) -> None:
        self._database = database

    async def rows(self, guild_id: int) -> dict[str, int]:
        """Each table's rows of the server, pledges first (deleted ones included)."""
        async with self._database.read_transaction() as conn:
            tables = await _server_tables(conn)
            counts = {
                table: await conn.fetchval(
                    f"SELECT COUNT(*) FROM {table} WHERE guild_id = $1", guild_id
                )
                for table in tables
            }
        return pledges_first(counts)

    async def forget(self, guild_id: int) -> dict[str, int]:
        """Delete every row of the server, in one transaction; each table's count. The
        rows are gone for every query once committed; their bytes stay in the files as
        dead rows until VACUUM (see the module's docstring)."""
        counts: dict[str, int] = {}
        async with self._database.transaction() as conn:
            await conn.execute(f"ALTER TABLE pledge_events DISABLE TRIGGER {HISTORY_GUARD}")
            for table in await _server_tables(conn):
                status = await conn.execute(f"DELETE FROM {table} WHERE guild_id = $1", guild_id)
                counts[table] = affected(status)
            await conn.execute(f"ALTER TABLE pledge_events ENABLE TRIGGER {HISTORY_GUARD}")
        return pledges_first(counts)
