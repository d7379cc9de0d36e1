"""Keeping score and keeping copies: the queries behind scorecards, export and import,
backups, and members following pledges."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.core.alerts import PlannedAlert
from bot.core.errors import InvalidInput
from bot.core.exchange import ImportedPledge
from bot.core.model import Event, Follow, Follower, Pledge, Status
from bot.core.scorecard import Ruling, Tally
from db._sqlite import (
    PLEDGE_COLUMNS,
    Database,
    db_value,
    event_from_row,
    from_db,
    marks,
    pledge_from_row,
    to_db,
)
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


def history_marks(history: Sequence[Event]) -> list[Any]:
    """[ruled_at, extensions] of a pledge with this history, as the history's insert
    trigger keeps them (migrations 0007): the last ruling's time, cleared by a reopening;
    the count of extensions."""
    ruled_at: datetime | None = None
    extensions = 0
    for event in history:
        if event.kind == "ruled" and (ruled_at is None or ruled_at <= event.at):
            ruled_at = event.at
        elif event.kind == "reopened":
            ruled_at = None
        elif event.kind == "extended":
            extensions += 1
    return [ruled_at, extensions]


_TALLY = "speaker, pledges, open, fulfilled, partly, broken, withdrawn, extensions"


def _ruling(pledge: Pledge, at: Any) -> Ruling:
    moment = from_db(at)
    assert moment is not None  # the query asks for ruled_at IS NOT NULL
    return Ruling(pledge, moment)


def median_window(count: int) -> tuple[int, int]:
    """LIMIT and OFFSET of the middle value (odd count) or the middle two (even) of
    `count` sorted values: their average is the median. Both engines read it so."""
    return 2 - count % 2, (count - 1) // 2


def busiest_first(rows: Iterable[Any], limit: int) -> list[Any]:
    """The first `limit` of rows (either engine's, with `extensions` and `due_at`) in a
    timeline's busiest order: most extensions, then the latest due, no deadline last.
    Merges what each spelling of a speaker gave in that order already."""
    return sorted(
        rows,
        key=lambda row: (row["extensions"], row["due_at"] is not None, row["due_at"] or ""),
        reverse=True,
    )[:limit]


async def busiest_timeline(
    read: Callable[[Status, int], Awaitable[list[Any]]], limit: int
) -> list[Pledge]:
    """A timeline's `limit` busiest pledges, both engines: the open ones first, then the
    ruled ones of every status together, each part in busiest order. `read(status, room)`
    gives up to `room` rows of one status (with `extensions`) in that order."""
    found = busiest_first(await read(Status.OPEN, limit), limit)
    room = limit - len(found)
    if room > 0:
        ruled: list[Any] = []
        for status in Status:
            if status is not Status.OPEN:
                ruled += await read(status, room)
        found += busiest_first(ruled, room)
    return [pledge_from_row(row) for row in found]


class KeepingRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def snapshot(self) -> AbstractAsyncContextManager[None]:
        """Every read of this task inside the block sees one moment (see the port)."""
        return self._database.snapshot()

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

    # -- scorecards and charts ----------------------------------------------------------

    async def top_speakers(self, guild_id: int, limit: int) -> tuple[list[Tally], int, int]:
        """The spellings of the server's `limit` speakers with the most live pledges
        (names differing only in case are one speaker), how many speakers the server
        has, and its live pledges. Ranked inside SQLite: Python sees the top rows only.
        (Measured: this is faster than one grouped pass returning each speaker's sums
        and spellings, whose many aggregates cost more than the second look.)"""
        async with self._database.reader() as db:
            async with db.execute(
                "SELECT COUNT(DISTINCT fold(speaker)), COALESCE(SUM(pledges), 0) "
                "FROM speaker_names WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                speakers, live = await cur.fetchone() or (0, 0)
            async with db.execute(
                f"SELECT {_TALLY} FROM speaker_names WHERE guild_id = ? AND fold(speaker) IN ("
                "SELECT fold(speaker) AS k FROM speaker_names WHERE guild_id = ? GROUP BY k "
                "ORDER BY SUM(pledges) DESC, fold(MIN(speaker)) LIMIT ?)",
                (guild_id, guild_id, limit),
            ) as cur:
                tallies = [Tally(*row) for row in await cur.fetchall()]
        return tallies, speakers, live

    async def speaker_spellings(self, guild_id: int, speaker: str) -> list[Tally]:
        """The spellings of one speaker, matched without regard to case."""
        rows = await self._database.read(
            f"SELECT {_TALLY} FROM speaker_names WHERE guild_id = ? AND fold(speaker) = ?",
            (guild_id, speaker.strip().casefold()),
        )
        return [Tally(*row) for row in rows]

    async def speaker_figures(
        self, guild_id: int, groups: Sequence[Sequence[str]], now: datetime
    ) -> list[tuple[int, float | None]]:
        """For each group of spellings (one speaker): how many of its open pledges are
        past their due date, and the median days late of those ruled after it. The
        counts come from the tallies migration 0010's triggers keep (open pledges by UTC
        due day, summed for the days before today; today's counted from the index), the
        median is read at its place in the index: no row goes to Python, and a speaker
        with half a million pledges costs what one with fifty does, but for the median."""
        group_of = {name: i for i, names in enumerate(groups) for name in names}
        names = list(group_of)
        overdue, late = [0] * len(groups), [0] * len(groups)
        if not names:
            return []
        stamp = to_db(now)
        today = stamp[:10]
        async with self._database.reader() as db:
            for counts, sql, params in (
                (
                    overdue,
                    "SELECT speaker, SUM(open) FROM speaker_due_days WHERE guild_id = ? "
                    f"AND speaker IN ({marks(names)}) AND day < ? GROUP BY speaker",
                    [today],
                ),
                (
                    overdue,
                    "SELECT speaker, COUNT(*) FROM pledges INDEXED BY pledges_open_by_speaker "
                    f"WHERE guild_id = ? AND speaker IN ({marks(names)}) AND status = 'open' "
                    "AND due_key >= ? AND due_key < ? AND deleted_at IS NULL GROUP BY speaker",
                    [f"{today}T00:00:00+00:00", stamp],
                ),
                (
                    late,
                    "SELECT speaker, ruled FROM speaker_late WHERE guild_id = ? "
                    f"AND speaker IN ({marks(names)})",
                    [],
                ),
            ):
                async with db.execute(sql, (guild_id, *names, *params)) as cur:
                    for name, count in await cur.fetchall():
                        counts[group_of[name]] += count
            medians: list[float | None] = [None] * len(groups)
            asked = [i for i, count in enumerate(late) if count]
            if asked:
                # One statement: each speaker's middle one or two values, averaged.
                parts, params = [], []
                for i in asked:
                    parts.append(
                        f"SELECT {i}, (SELECT AVG(late_days) FROM (SELECT late_days "
                        "FROM pledges INDEXED BY pledges_late WHERE guild_id = ? "
                        f"AND speaker IN ({marks(groups[i])}) AND late_days IS NOT NULL "
                        "AND deleted_at IS NULL ORDER BY late_days LIMIT ? OFFSET ?))"
                    )
                    params += [guild_id, *groups[i], *median_window(late[i])]
                async with db.execute(" UNION ALL ".join(parts), params) as cur:
                    for i, median in await cur.fetchall():
                        medians[i] = median
        return list(zip(overdue, medians, strict=True))

    async def speaker_pledges(
        self, guild_id: int, names: Sequence[str], now: datetime, limit: int
    ) -> tuple[list[Pledge], list[Ruling]]:
        """One speaker's (its spellings') most overdue open pledges and latest standing
        rulings, `limit` of each."""
        async with self._database.reader() as db:
            async with db.execute(
                f"SELECT {PLEDGE_COLUMNS} FROM pledges INDEXED BY pledges_open_by_speaker "
                f"WHERE guild_id = ? AND speaker IN ({marks(names)}) AND status = 'open' "
                "AND deleted_at IS NULL AND due_key < ? ORDER BY due_key, number LIMIT ?",
                (guild_id, *names, to_db(now), limit),
            ) as cur:
                overdue = [pledge_from_row(row) for row in await cur.fetchall()]
            async with db.execute(
                f"SELECT {PLEDGE_COLUMNS}, ruled_at FROM pledges INDEXED BY pledges_rulings "
                f"WHERE guild_id = ? AND speaker IN ({marks(names)}) AND status <> 'open' "
                "AND ruled_at IS NOT NULL AND deleted_at IS NULL "
                "ORDER BY ruled_at DESC, number DESC LIMIT ?",
                (guild_id, *names, limit),
            ) as cur:
                rulings = [
                    _ruling(pledge_from_row(row), row["ruled_at"]) for row in await cur.fetchall()
                ]
        return overdue, rulings

    async def busiest_pledges(
        self, guild_id: int, limit: int, names: Sequence[str] = ()
    ) -> list[Pledge]:
        """The server's `limit` busiest pledges for a timeline (of the speaker spelled
        `names`, if given: each spelling read in that order through its own index, then
        merged): open ones first, then ruled; within each, most extensions, then the
        latest due (no deadline last)."""
        async with self._database.reader() as db:

            async def read(status: Status, room: int) -> list[Any]:
                rows: list[Any] = []
                for name in names or [None]:  # each spelling in order, then merged
                    index = "pledges_busiest" if name is None else "pledges_busiest_by_speaker"
                    mine = "" if name is None else " AND speaker = ?"
                    rows += await db.execute_fetchall(
                        f"SELECT {PLEDGE_COLUMNS}, extensions FROM pledges INDEXED BY {index} "
                        f"WHERE guild_id = ? AND status = ? AND deleted_at IS NULL{mine} "
                        "ORDER BY extensions DESC, due_at DESC LIMIT ?",
                        (guild_id, status.value, *([] if name is None else [name]), room),
                    )
                return rows

            return await busiest_timeline(read, limit)

    async def pledges_spoken_by(
        self, guild_id: int, names: Sequence[str], limit: int
    ) -> list[Pledge]:
        """Up to `limit` live pledges of the speaker spelled `names`, in number order,
        read through the speaker index (a few: a speaker's timeline of all of them)."""
        rows = await self._database.read(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges INDEXED BY pledges_by_speaker "
            f"WHERE guild_id = ? AND speaker IN ({marks(names)}) AND deleted_at IS NULL "
            "LIMIT ?",
            (guild_id, *names, limit),
        )
        return sorted((pledge_from_row(row) for row in rows), key=lambda p: p.number)

    async def events_of(
        self, guild_id: int, pledge_ids: Sequence[int], kinds: Sequence[str] = ()
    ) -> list[Event]:
        """The history of the given pledges of a server (of `kinds`, if given), in order."""
        if not pledge_ids:
            return []
        sql = (
            "SELECT e.* FROM pledges p JOIN pledge_events e "
            "ON e.guild_id = p.guild_id AND e.pledge_id = p.id "
            f"WHERE p.guild_id = ? AND p.id IN ({marks(pledge_ids)})"
        )
        params: list[Any] = [guild_id, *pledge_ids]
        if kinds:
            sql += f" AND e.kind IN ({marks(kinds)})"
            params += list(kinds)
        rows = await self._database.read(sql + " ORDER BY e.pledge_id, e.id", params)
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
            "ORDER BY f.speaker IS NULL, f.speaker_key, p.number",
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
