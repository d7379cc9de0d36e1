"""Forgetting a server: every row of one server (guild) deleted, in one transaction, on
SQLite (this module) and PostgreSQL (db/pg/forget.py).

An operator who receives a "forget us" request runs `python -m bot forget --guild ID`
(bot/__main__.py). The rows are found by the column every table of a server's data has,
`guild_id` (the guild-scope migration put it on the history too), so a table added later
is forgotten without a change here; tests/db/test_forget.py fails when a table holds a
server's data without that column. Other servers' rows are untouched.

The history is append-only (a trigger refuses deletions of events): here, and only here,
the trigger is dropped and re-created inside the same transaction, from its own stored
definition, so no other writer ever sees the table without it.
"""

from __future__ import annotations

import aiosqlite

from db._sqlite import Database

# The append-only guard of the history (db/migrations/0001_initial.sql).
HISTORY_GUARD = "pledge_events_no_delete"
# Deleted last: the other tables' rows refer to pledges.
PLEDGES = "pledges"


def in_order(tables: list[str]) -> list[str]:
    """The tables of a server's data in the order their rows can be deleted."""
    return sorted(tables, key=lambda table: (table == PLEDGES, table))


def pledges_first(counts: dict[str, int]) -> dict[str, int]:
    """Each table's count as the command line shows them: pledges, then the others."""
    return {table: counts[table] for table in sorted(counts, key=lambda t: (t != PLEDGES, t))}


async def _server_tables(db: aiosqlite.Connection) -> list[str]:
    rows = await db.execute_fetchall(
        "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
        "WHERE m.type = 'table' AND c.name = 'guild_id'"
    )
    return in_order([row[0] for row in rows])


class ServerEraser:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def rows(self, guild_id: int) -> dict[str, int]:
        """Each table's rows of the server, pledges first (deleted ones included)."""
        async with self._database.reader() as db:
            tables = await _server_tables(db)
            counts = {}
            for table in tables:
                (row,) = await db.execute_fetchall(
                    f"SELECT COUNT(*) FROM {table} WHERE guild_id = ?", (guild_id,)
                )
                counts[table] = row[0]
        return pledges_first(counts)

    async def forget(self, guild_id: int) -> dict[str, int]:
        """Delete every row of the server, in one transaction; each table's count. The
        freed pages are overwritten (secure_delete) and the text index is rebuilt without
        the server's words, so the file keeps no copy of them."""
        counts: dict[str, int] = {}
        async with self._database.transaction() as db:
            await db.execute("PRAGMA secure_delete = ON")
            try:
                (guard,) = await db.execute_fetchall(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    (HISTORY_GUARD,),
                )
                await db.execute(f"DROP TRIGGER {HISTORY_GUARD}")
                for table in await _server_tables(db):
                    cursor = await db.execute(
                        f"DELETE FROM {table} WHERE guild_id = ?", (guild_id,)
                    )
                    counts[table] = cursor.rowcount
                await db.execute(guard[0])
                await db.execute("INSERT INTO pledge_text (pledge_text) VALUES ('optimize')")
            finally:
                await db.execute("PRAGMA secure_delete = OFF")
        return pledges_first(counts)
