"""Keeping score and keeping copies: the queries behind scorecards, export and import,
backups, and members following pledges."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.core.alerts import PlannedAlert
from bot.core.errors import InvalidInput
from bot.core.exchange import ImportedPledge
from bot.core.model import Event, Follow, Follower, Pledge
from db._sqlite import PLEDGE_COLUMNS, Database, db_value, event_from_row, marks, to_db
from db.outbox import replan_alerts

# Every column but the row id and the server: an import keeps numbers, times and all.
_IMPORT_COLUMNS = tuple(
    name
    for name in (c.strip() for c in PLEDGE_COLUMNS.split(","))
    if name not in ("id", "guild_id")
)


def imported_fields(imported: ImportedPledge, shift: int, seeds: set[str]) -> dict[str, Any]:
    """An imported pledge's columns as merged: number and depends_on moved past the
    server's highest by `shift`, and a seed key the server already has dropped."""
    values = dict(imported.fields)
    values["number"] += shift
    if values["depends_on"] is not None:
        values["depends_on"] += shift
    if values["seed_key"] in seeds:
        values["seed_key"] = None
    return values


class KeepingRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- history in bulk -------------------------------------------------------------

    async def guild_events(self, guild_id: int, kinds: Sequence[str] = ()) -> list[Event]:
        """Every history event of a server's pledges (of `kinds`, if given), in order."""
        sql = "SELECT * FROM pledge_events WHERE guild_id = ?"
        params: list[Any] = [guild_id]
        if kinds:
            sql += f" AND kind IN ({marks(kinds)})"
            params += list(kinds)
        rows = await self._database.read(sql + " ORDER BY pledge_id, id", params)
        return [event_from_row(row) for row in rows]

    async def count_pledges(self, guild_id: int) -> int:
        """Every pledge the server ever recorded, deleted ones included."""
        row = await self._database.read_one(
            "SELECT COUNT(*) FROM pledges WHERE guild_id = ?", (guild_id,)
        )
        return row[0] if row else 0

    # -- import ----------------------------------------------------------------------

    async def import_pledges(
        self,
        guild_id: int,
        pledges: Sequence[tuple[ImportedPledge, Sequence[PlannedAlert]]],
        now: datetime,
        *,
        merge: bool = False,
    ) -> list[int]:
        """Write imported pledges with their own numbers, times and history, and plan
        their alerts, in one transaction: all or nothing. Refused (nothing written) when
        the server has pledges, unless `merge`: then they follow the server's own, their
        numbers (and depends_on) shifted past its highest, and a bundled pledge the
        server has already keeps only one copy of its seed key."""
        async with self._database.transaction() as db:
            async with db.execute(
                "SELECT COUNT(*), COALESCE(MAX(number), 0) FROM pledges WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                found = await cur.fetchone()
            assert found is not None  # an aggregate always answers one row
            count, highest = found
            if count and not merge:
                raise InvalidInput(
                    f"This server already has {count} pledge(s); nothing was imported. "
                    "Import into a server without pledges, or merge (--merge on the command "
                    "line, merge:True in Discord) to add them after the existing ones."
                )
            async with db.execute(
                "SELECT seed_key FROM pledges WHERE guild_id = ? AND seed_key IS NOT NULL",
                (guild_id,),
            ) as cur:
                seeds = {row[0] for row in await cur.fetchall()}
            shift = highest if merge else 0
            numbers = []
            for imported, alerts in pledges:
                values = imported_fields(imported, shift, seeds)
                row = [guild_id] + [db_value(c, values[c]) for c in _IMPORT_COLUMNS]
                cur = await db.execute(
                    f"INSERT INTO pledges (guild_id, {', '.join(_IMPORT_COLUMNS)}) "
                    f"VALUES ({marks(row)})",
                    row,
                )
                pledge_id = cur.lastrowid
                assert pledge_id is not None  # an INSERT always sets it
                await db.executemany(
                    "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind, field, "
                    "from_value, to_value, note, evidence_url) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (guild_id, pledge_id, to_db(e.at), e.actor_id, e.kind, e.field)
                        + (e.from_value, e.to_value, e.note, e.evidence_url)
                        for e in imported.history
                    ],
                )
                await replan_alerts(db, guild_id, pledge_id, alerts, now)
                numbers.append(values["number"])
            return numbers

    # -- following -------------------------------------------------------------------

    async def follow(
        self,
        guild_id: int,
        user_id: int,
        now: datetime,
        *,
        pledge_id: int | None = None,
        speaker: str | None = None,
        dm: bool = False,
    ) -> bool:
        """Follow a pledge or a speaker; True if new (else only `dm` is updated)."""
        key = speaker.casefold() if speaker is not None else None
        target = "pledge_id = ?" if pledge_id is not None else "speaker_key = ?"
        async with self._database.transaction() as db:
            if dm:  # asked for DMs again: perhaps they opened them; try once more
                await db.execute(
                    "DELETE FROM follower_notices WHERE guild_id = ? AND user_id = ?",
                    (guild_id, user_id),
                )
            cur = await db.execute(
                f"UPDATE follows SET dm = ? WHERE guild_id = ? AND user_id = ? AND {target}",
                (int(dm), guild_id, user_id, pledge_id if pledge_id is not None else key),
            )
            if cur.rowcount:
                return False
            await db.execute(
                "INSERT INTO follows (guild_id, user_id, pledge_id, speaker_key, speaker, dm, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (guild_id, user_id, pledge_id, key, speaker, int(dm), to_db(now)),
            )
            return True

    async def unfollow(
        self,
        guild_id: int,
        user_id: int,
        *,
        pledge_id: int | None = None,
        speaker: str | None = None,
    ) -> bool:
        target = "pledge_id = ?" if pledge_id is not None else "speaker_key = ?"
        value = pledge_id if pledge_id is not None else (speaker or "").casefold()
        rows = await self._database.write(
            f"DELETE FROM follows WHERE guild_id = ? AND user_id = ? AND {target} RETURNING id",
            (guild_id, user_id, value),
        )
        return bool(rows)

    async def follows(self, guild_id: int, user_id: int) -> list[Follow]:
        rows = await self._database.read(
            "SELECT f.dm, f.speaker, p.number, p.promise FROM follows f "
            "LEFT JOIN pledges p ON p.guild_id = f.guild_id AND p.id = f.pledge_id "
            "WHERE f.guild_id = ? AND f.user_id = ? AND (p.id IS NULL OR p.deleted_at IS NULL) "
            "ORDER BY f.speaker IS NULL, f.speaker COLLATE NOCASE, p.number",
            (guild_id, user_id),
        )
        return [
            Follow(guild_id, user_id, bool(r["dm"]), r["number"], r["speaker"], r["promise"])
            for r in rows
        ]

    async def followers(
        self, guild_id: int, pledges: Sequence[Pledge]
    ) -> dict[int, list[Follower]]:
        """pledge id -> who follows it, directly or through its speaker. A member who
        follows both is told once, as the pledge's own follow asks (mention or DM); a
        member whose DMs were refused is mentioned until they ask for DMs again."""
        if not pledges:
            return {}
        ids = [p.id for p in pledges]
        keys = sorted({p.speaker.casefold() for p in pledges})
        direct = await self._database.read(
            "SELECT pledge_id, user_id, dm FROM follows WHERE guild_id = ? "
            f"AND pledge_id IN ({marks(ids)})",
            [guild_id, *ids],
        )
        by_speaker = await self._database.read(
            "SELECT speaker_key, user_id, dm FROM follows WHERE guild_id = ? "
            f"AND speaker_key IN ({marks(keys)})",
            [guild_id, *keys],
        )
        closed = {
            row[0]
            for row in await self._database.read(
                "SELECT user_id FROM follower_notices WHERE guild_id = ?", (guild_id,)
            )
        }
        speakers: dict[str, dict[int, bool]] = {}
        for key, user, dm in by_speaker:
            speakers.setdefault(key, {})[user] = bool(dm)
        found: dict[int, dict[int, bool]] = {
            p.id: dict(speakers.get(p.speaker.casefold(), {})) for p in pledges
        }
        for pledge_id, user, dm in direct:
            found[pledge_id][user] = bool(dm)
        # DMs refused before: mentioned, without another refused request each time.
        return {
            pid: [Follower(user, dm and user not in closed) for user, dm in sorted(users.items())]
            for pid, users in found.items()
            if users
        }

    async def drop_follower(self, guild_id: int, user_id: int) -> int:
        """A member who left the server: forget what they followed there."""
        rows = await self._database.write(
            "DELETE FROM follows WHERE guild_id = ? AND user_id = ? RETURNING id",
            (guild_id, user_id),
        )
        return len(rows)

    async def note_dm_refused(self, guild_id: int, user_id: int, now: datetime) -> bool:
        """Record that this follower's DMs are closed; True the first time only."""
        rows = await self._database.write(
            "INSERT INTO follower_notices (guild_id, user_id, dm_refused_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING user_id",
            (guild_id, user_id, to_db(now)),
        )
        return bool(rows)


# -- backup ------------------------------------------------------------------------------


def backup_database(source: str | Path, target: str | Path) -> str:
    """Copy a live database with SQLite's online backup API (a consistent snapshot even
    while the bot writes), check the copy with `PRAGMA integrity_check`, and only then
    move it to `target`. Returns the check's answer ("ok"). Blocking: run it in a thread."""
    source, target = Path(source), Path(target)
    if not source.exists():
        raise FileNotFoundError(f"there is no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        copy = Path(scratch) / "backup.db"
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(copy)
        try:
            src.execute("PRAGMA busy_timeout = 30000")
            src.backup(dst)  # all pages in one step: one consistent snapshot
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if verdict != "ok":
            raise RuntimeError(f"the copy failed its integrity check: {verdict}")
        shutil.move(copy, target)
    return verdict
