"""Scorecards, import and followers on PostgreSQL: the same answers as db/keeping.py."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from bot.core.alerts import PlannedAlert
from bot.core.errors import InvalidInput
from bot.core.exchange import ImportedPledge
from bot.core.model import Event, Follow, Follower, Pledge, Status
from bot.core.scorecard import Ruling, Tally, group_tallies
from db.keeping import (
    _IMPORT_COLUMNS,
    _TALLY,
    busiest_timeline,
    history_marks,
    imported_fields,
    median_window,
)
from db.pg._pg import (
    PLEDGE_COLUMNS,
    PgDatabase,
    event_from_row,
    ids,
    pg_value,
    pledge_from_row,
    to_pg,
)
from db.pg.listing import DUE_KEY
from db.pg.outbox import replan_alerts
from db.pg.pledges import insert_events
from db.pg.words import index_pledges

# Days from the due date to the standing ruling: the expression of the index
# `pledges_late`, word for word (SQLite's virtual column `late_days`).
_LATE_DAYS = "(EXTRACT(EPOCH FROM ruled_at - due_at)::double precision / 86400)"

# An import at least this big refreshes the planner's statistics when it commits.
_ANALYZE_AFTER = 1000


class PgKeepingRepository:
    def __init__(self, database: PgDatabase) -> None:
        self._database = database

    def snapshot(self) -> AbstractAsyncContextManager[None]:
        """Every read of this task inside the block sees one moment (see the port)."""
        return self._database.snapshot()

    async def guild_events(self, guild_id: int, kinds: Sequence[str] = ()) -> list[Event]:
        sql = "SELECT * FROM pledge_events WHERE guild_id = $1"
        args: list[Any] = [guild_id]
        if kinds:
            sql += " AND kind = ANY($2::text[])"
            args.append(list(kinds))
        rows = await self._database.fetch(sql + " ORDER BY pledge_id, id", *args)
        return [event_from_row(row) for row in rows]

    # -- scorecards and charts (see db/keeping.py) ----------------------------------------

    async def top_speakers(self, guild_id: int, limit: int) -> tuple[list[Tally], int, int]:
        """As db/keeping.py, the spellings grouped in Python (`group_tallies`, casefold):
        PostgreSQL's lower() follows the database's locale, ASCII letters only in the C
        locale, where "émilie" and "ÉMILIE" were two speakers. Reads one row a spelling
        of the server (3,000 spellings: a few milliseconds)."""
        rows = await self._database.fetch(
            f"SELECT {_TALLY} FROM speaker_names WHERE guild_id = $1", guild_id
        )
        groups = group_tallies(Tally(*row) for row in rows)
        live = sum(row["pledges"] for row in rows)
        return [tally for group in groups[:limit] for tally in group], len(groups), live

    async def speaker_spellings(self, guild_id: int, speaker: str) -> list[Tally]:
        """As db/keeping.py, matched in Python for the reason `top_speakers` gives."""
        key = speaker.strip().casefold()
        rows = await self._database.fetch(
            f"SELECT {_TALLY} FROM speaker_names WHERE guild_id = $1", guild_id
        )
        return [Tally(*row) for row in rows if row["speaker"].casefold() == key]

    async def speaker_figures(
        self, guild_id: int, groups: Sequence[Sequence[str]], now: datetime
    ) -> list[tuple[int, float | None]]:
        """As db/keeping.py: the overdue and late-ruled counts from the tallies (today's
        overdue part through the index), the median read at its place in pledges_late
        (the two middle values averaged, as statistics.median)."""
        group_of = {name: i for i, names in enumerate(groups) for name in names}
        if not group_of:
            return []
        names, which = list(group_of), list(group_of.values())
        overdue: list[int] = [0] * len(groups)
        medians: list[float | None] = [None] * len(groups)
        stamp = to_pg(now)
        today = stamp.replace(hour=0, minute=0, second=0)
        async with self._database.read_transaction() as conn:
            for sql, params in (
                (
                    "SELECT g.i, SUM(d.open) FROM speaker_due_days d "
                    "JOIN unnest($2::text[], $3::int[]) AS g (name, i) ON d.speaker = g.name "
                    "WHERE d.guild_id = $1 AND d.day < $4::date GROUP BY g.i",
                    [today.date()],
                ),
                (
                    "SELECT g.i, COUNT(*) FROM pledges p "
                    "JOIN unnest($2::text[], $3::int[]) AS g (name, i) ON p.speaker = g.name "
                    "WHERE p.guild_id = $1 AND p.status = 'open' AND p.deleted_at IS NULL "
                    f"AND {DUE_KEY} >= $4 AND {DUE_KEY} < $5 GROUP BY g.i",
                    [today, stamp],
                ),
            ):
                for i, count in await conn.fetch(sql, guild_id, names, which, *params):
                    overdue[i] += count
            late = [0] * len(groups)
            for name, ruled in await conn.fetch(
                "SELECT speaker, ruled FROM speaker_late WHERE guild_id = $1 "
                "AND speaker = ANY($2::text[])",
                guild_id,
                names,
            ):
                late[group_of[name]] += ruled
            asked = [i for i, count in enumerate(late) if count]
            if asked:
                # As on SQLite: each speaker's middle one or two values, read at their
                # place in pledges_late (in index order for a single spelling), averaged.
                parts, params = [], [guild_id]
                for i in asked:
                    n = len(params)
                    parts.append(
                        f"SELECT {i}, (SELECT AVG(x) FROM (SELECT {_LATE_DAYS} AS x "
                        f"FROM pledges WHERE guild_id = $1 AND speaker = ANY(${n + 1}::text[]) "
                        "AND status <> 'open' AND ruled_at > due_at AND deleted_at IS NULL "
                        f"ORDER BY {_LATE_DAYS} LIMIT ${n + 2} OFFSET ${n + 3}) AS middle)"
                    )
                    params += [list(groups[i]), *median_window(late[i])]
                for i, median in await conn.fetch(" UNION ALL ".join(parts), *params):
                    medians[i] = median
        return list(zip(overdue, medians, strict=True))

    async def speaker_pledges(
        self, guild_id: int, names: Sequence[str], now: datetime, limit: int
    ) -> tuple[list[Pledge], list[Ruling]]:
        async with self._database.read_transaction() as conn:
            overdue = await conn.fetch(
                f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 "
                "AND speaker = ANY($2::text[]) AND status = 'open' AND deleted_at IS NULL "
                f"AND {DUE_KEY} < $3 ORDER BY {DUE_KEY}, number LIMIT $4",
                guild_id,
                list(names),
                to_pg(now),
                limit,
            )
            rulings = await conn.fetch(
                f"SELECT {PLEDGE_COLUMNS}, ruled_at FROM pledges WHERE guild_id = $1 "
                "AND speaker = ANY($2::text[]) AND status <> 'open' AND ruled_at IS NOT NULL "
                "AND deleted_at IS NULL ORDER BY ruled_at DESC, number DESC LIMIT $3",
                guild_id,
                list(names),
                limit,
            )
        return (
            [pledge_from_row(row) for row in overdue],
            [Ruling(pledge_from_row(row), row["ruled_at"]) for row in rulings],
        )

    async def busiest_pledges(
        self, guild_id: int, limit: int, names: Sequence[str] = ()
    ) -> list[Pledge]:
        async with self._database.read_transaction() as conn:

            async def read(status: Status, room: int) -> list[Any]:
                rows: list[Any] = []
                for name in names or [None]:  # each spelling in order, then merged
                    mine = "" if name is None else " AND speaker = $4"
                    rows += await conn.fetch(
                        f"SELECT {PLEDGE_COLUMNS}, extensions FROM pledges WHERE guild_id = $1 "
                        f"AND status = $2 AND deleted_at IS NULL{mine} "
                        "ORDER BY extensions DESC, due_at DESC NULLS LAST LIMIT $3",
                        guild_id,
                        status.value,
                        room,
                        *([] if name is None else [name]),
                    )
                return rows

            return await busiest_timeline(read, limit)

    async def pledges_spoken_by(
        self, guild_id: int, names: Sequence[str], limit: int
    ) -> list[Pledge]:
        rows = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 "
            "AND speaker = ANY($2::text[]) AND deleted_at IS NULL LIMIT $3",
            guild_id,
            list(names),
            limit,
        )
        return sorted((pledge_from_row(row) for row in rows), key=lambda p: p.number)

    async def events_of(
        self, guild_id: int, pledge_ids: Sequence[int], kinds: Sequence[str] = ()
    ) -> list[Event]:
        if not pledge_ids:
            return []
        sql = (
            "SELECT e.* FROM pledges p JOIN pledge_events e "
            "ON e.guild_id = p.guild_id AND e.pledge_id = p.id "
            "WHERE p.guild_id = $1 AND p.id = ANY($2::bigint[])"
        )
        args: list[Any] = [guild_id, ids(pledge_ids)]
        if kinds:
            sql += " AND e.kind = ANY($3::text[])"
            args.append(list(kinds))
        rows = await self._database.fetch(sql + " ORDER BY e.pledge_id, e.id", *args)
        return [event_from_row(row) for row in rows]

    async def count_pledges(self, guild_id: int) -> int:
        return await self._database.fetchval(
            "SELECT COUNT(*) FROM pledges WHERE guild_id = $1", guild_id
        )

    async def import_pledges(
        self,
        guild_id: int,
        pledges: Sequence[tuple[ImportedPledge, Sequence[PlannedAlert]]],
        now: datetime,
        *,
        merge: bool = False,
    ) -> list[int]:
        """All or nothing, in one transaction, under the server's numbering lock (see
        db/pg/pledges.py); the rules are db/keeping.py's."""
        async with self._database.transaction() as conn:
            await conn.execute("SELECT pg_advisory_xact_lock($1)", guild_id)
            count, highest = await conn.fetchrow(
                "SELECT COUNT(*), COALESCE(MAX(number), 0) FROM pledges WHERE guild_id = $1",
                guild_id,
            )
            if count and not merge:
                raise InvalidInput(
                    f"This server already has {count} pledge(s); nothing was imported. "
                    "Import into a server without pledges, or merge (--merge on the command "
                    "line, merge:True in Discord) to add them after the existing ones."
                )
            seeds = {
                row[0]
                for row in await conn.fetch(
                    "SELECT seed_key FROM pledges WHERE guild_id = $1 AND seed_key IS NOT NULL",
                    guild_id,
                )
            }
            shift = highest if merge else 0
            marks = ", ".join(f"${n}" for n in range(1, len(_IMPORT_COLUMNS) + 4))
            insert = (
                f"INSERT INTO pledges (guild_id, {', '.join(_IMPORT_COLUMNS)}, ruled_at, "
                f"extensions) VALUES ({marks}) RETURNING id"
            )
            # The history's trigger stands aside: each pledge carries what it would set.
            await conn.execute("SELECT set_config('pledgewatch.importing', 'on', true)")
            numbers, ids = [], []
            for imported, alerts in pledges:
                values = imported_fields(imported, shift, seeds)
                row = [guild_id] + [_import_value(c, values[c]) for c in _IMPORT_COLUMNS]
                row += history_marks(imported.history)
                pledge_id = await conn.fetchval(insert, *row)
                ids.append(pledge_id)
                await insert_events(conn, guild_id, pledge_id, imported.history)
                await replan_alerts(conn, guild_id, pledge_id, alerts, now)
                numbers.append(values["number"])
            await index_pledges(conn, guild_id, ids)
        if len(pledges) >= _ANALYZE_AFTER:
            # Fresh statistics now rather than at autovacuum's next round: without them
            # the planner takes a big server for a small one and filters a whole
            # server's rows to find one pledge (13 ms instead of 0.3 ms at 100k).
            await self._database.execute("ANALYZE pledges, pledge_events, alert_outbox")
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
        key = speaker.casefold() if speaker is not None else None
        target = "pledge_id" if pledge_id is not None else "speaker_key"
        async with self._database.transaction() as conn:
            if dm:
                await conn.execute(
                    "DELETE FROM follower_notices WHERE guild_id = $1 AND user_id = $2",
                    guild_id,
                    user_id,
                )
            inserted = await conn.fetchval(
                "INSERT INTO follows (guild_id, user_id, pledge_id, speaker_key, speaker, dm, "
                "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                f"ON CONFLICT (guild_id, user_id, {target}) WHERE {target} IS NOT NULL "
                "DO UPDATE SET dm = excluded.dm RETURNING xmax = 0",
                guild_id,
                user_id,
                pledge_id,
                key,
                speaker,
                dm,
                to_pg(now),
            )
            return bool(inserted)

    async def unfollow(
        self,
        guild_id: int,
        user_id: int,
        *,
        pledge_id: int | None = None,
        speaker: str | None = None,
    ) -> bool:
        target = "pledge_id" if pledge_id is not None else "speaker_key"
        value = pledge_id if pledge_id is not None else (speaker or "").casefold()
        rows = await self._database.write(
            f"DELETE FROM follows WHERE guild_id = $1 AND user_id = $2 AND {target} = $3 "
            "RETURNING id",
            guild_id,
            user_id,
            value,
        )
        return bool(rows)

    async def follows(self, guild_id: int, user_id: int) -> list[Follow]:
        rows = await self._database.fetch(
            "SELECT f.dm, f.speaker, p.number, p.promise FROM follows f "
            "LEFT JOIN pledges p ON p.guild_id = f.guild_id AND p.id = f.pledge_id "
            "WHERE f.guild_id = $1 AND f.user_id = $2 AND (p.id IS NULL OR p.deleted_at IS NULL) "
            'ORDER BY f.speaker IS NULL, f.speaker_key COLLATE "C", p.number',
            guild_id,
            user_id,
        )
        return [
            Follow(guild_id, user_id, r["dm"], r["number"], r["speaker"], r["promise"])
            for r in rows
        ]

    async def followers(
        self, guild_id: int, pledges: Sequence[Pledge]
    ) -> dict[int, list[Follower]]:
        if not pledges:
            return {}
        keys = sorted({p.speaker.casefold() for p in pledges})
        direct = await self._database.fetch(
            "SELECT pledge_id, user_id, dm FROM follows WHERE guild_id = $1 "
            "AND pledge_id = ANY($2::bigint[])",
            guild_id,
            ids([p.id for p in pledges]),
        )
        by_speaker = await self._database.fetch(
            "SELECT speaker_key, user_id, dm FROM follows WHERE guild_id = $1 "
            "AND speaker_key = ANY($2::text[])",
            guild_id,
            keys,
        )
        closed = {
            row[0]
            for row in await self._database.fetch(
                "SELECT user_id FROM follower_notices WHERE guild_id = $1", guild_id
            )
        }
        speakers: dict[str, dict[int, bool]] = {}
        for key, user, dm in by_speaker:
            speakers.setdefault(key, {})[user] = dm
        found: dict[int, dict[int, bool]] = {
            p.id: dict(speakers.get(p.speaker.casefold(), {})) for p in pledges
        }
        for pledge_id, user, dm in direct:
            found[pledge_id][user] = dm
        return {
            pid: [Follower(user, dm and user not in closed) for user, dm in sorted(users.items())]
            for pid, users in found.items()
            if users
        }

    async def drop_follower(self, guild_id: int, user_id: int) -> int:
        rows = await self._database.write(
            "DELETE FROM follows WHERE guild_id = $1 AND user_id = $2 RETURNING id",
            guild_id,
            user_id,
        )
        return len(rows)

    async def note_dm_refused(self, guild_id: int, user_id: int, now: datetime) -> bool:
        rows = await self._database.write(
            "INSERT INTO follower_notices (guild_id, user_id, dm_refused_at) "
            "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id",
            guild_id,
            user_id,
            to_pg(now),
        )
        return bool(rows)


def _import_value(column: str, value: Any) -> Any:
    if column == "vague":
        return bool(value)
    return pg_value(column, value)
