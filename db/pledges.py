"""Pledges, their history and the servers' settings: the queries behind every command.

Each change is written with its history events and its new alert plan in one
transaction (the plan through db/outbox.py's planning functions), so a crash never
leaves a pledge changed without its event or on its old schedule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.core.alerts import PlanFamily, PlannedAlert, Planner
from bot.core.errors import AlreadyRecorded, Conflict, no_such_pledge
from bot.core.model import Event, GuildSettings, ListFilter, Page, PageKey, Pledge, Status
from db import listing
from db._sqlite import (
    PLEDGE_COLUMNS,
    Database,
    db_value,
    event_from_row,
    fetch_pledge,
    fetch_settings,
    pledge_from_row,
    to_db,
)
from db.outbox import insert_alert, replan_alerts
from db.planning import BUTTONS_OUT_SQL, family_filter, resume_after, with_deletion_edits
from db.replan import replan_walk

# Columns a caller may change through update_pledge.
_EDITABLE = frozenset(
    {
        "speaker",
        "promise",
        "beneficiary",
        "quote",
        "source_url",
        "source_title",
        "said_at",
        "deadline_text",
        "due_at",
        "due_earliest",
        "vague",
        "depends_on",
        "status",
        "status_note",
        "evidence_url",
        "deleted_at",
    }
)
_SETTINGS = frozenset(
    {
        "alert_channel_id",
        "editor_role_id",
        "timezone",
        "day_first",
        "heads_up_minutes",
        "follow_up_days",
        "repeat_days",
        "review_days",
        "fiscal_year_end",
    }
)

# The pledges that depend on #number. Through the index of dependents, sorting the few it
# finds: left to itself SQLite walks the whole server in number order to skip the sort.
_DEPENDENTS = (
    f"SELECT {PLEDGE_COLUMNS} FROM pledges INDEXED BY pledges_dependents "
    "WHERE guild_id = ? AND depends_on = ? AND deleted_at IS NULL ORDER BY number"
)


class PledgeRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- settings ----------------------------------------------------------------------

    async def get_settings(self, guild_id: int) -> GuildSettings:
        async with self._database.reader() as db:
            return await fetch_settings(db, guild_id)

    async def update_settings(
        self,
        guild_id: int,
        changes: dict[str, Any],
        now: datetime,
        *,
        replans: Sequence[tuple[int, Sequence[PlannedAlert]]] = (),
        replan: Collection[PlanFamily] = (),
    ) -> None:
        """Change a server's settings and, in the same transaction, swap in the new
        alert plans of `replans`. With `replan`, mark the server's open pledges of those
        plan families for replanning instead: `replan_batch` works through them, and the
        mark survives a crash, so a restart finishes the job."""
        unknown = set(changes) - _SETTINGS
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self._database.transaction() as db:
            for pledge_id, alerts in replans:
                await replan_alerts(db, guild_id, pledge_id, alerts, now)
            if replan:  # from the start again, if one was under way, for both changes
                await db.execute(
                    "INSERT INTO replan_marks (guild_id, started_at, deadlines, reviews) "
                    "VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (guild_id) DO UPDATE SET next_due = '', next_number = 0, "
                    "started_at = excluded.started_at, "
                    "deadlines = MAX(deadlines, excluded.deadlines), "
                    "reviews = MAX(reviews, excluded.reviews)",
                    (
                        guild_id,
                        to_db(now),
                        PlanFamily.DEADLINE in replan,
                        PlanFamily.REVIEW in replan,
                    ),
                )
            await db.execute(
                "INSERT INTO guild_settings (guild_id) VALUES (?) ON CONFLICT DO NOTHING",
                (guild_id,),
            )
            if changes:
                assignments = ", ".join(f"{key} = ?" for key in changes)
                values = [db_value(k, v) for k, v in changes.items()]
                await db.execute(
                    f"UPDATE guild_settings SET {assignments}, updated_at = ? WHERE guild_id = ?",
                    (*values, to_db(now), guild_id),
                )

    async def replan_batch(
        self, guild_id: int, planner: Planner, now: datetime, *, limit: int = 2_000
    ) -> bool:
        """Replan the next `limit` open pledges of a server marked by `replan` (of the
        plan families its mark names), in number order, in one transaction that also
        moves the mark on (and removes it after the last). True while pledges remain;
        False when there is nothing to do.

        Number order is the order the pledges (and, mostly, their outbox rows) were
        written in, so a batch reads and rewrites neighbouring pages: on bench/replan.py's
        million-pledge file the SQL of a batch in deadline order took 72 us a pledge
        against 32 in number order, most of the difference in commits of pages
        scattered over the whole file (31 us against 4)."""
        async with self._database.transaction() as db:
            async with db.execute(
                "SELECT next_due = '', next_number, deadlines, reviews FROM replan_marks "
                "WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                mark = await cur.fetchone()
            if mark is None:
                return False
            walked, last = await replan_walk(
                db,
                guild_id,
                planner,
                now,
                after=resume_after(bool(mark[0]), mark[1]),
                limit=limit,
                only=family_filter(mark[2], mark[3]),
            )
            if walked < limit:
                await db.execute("DELETE FROM replan_marks WHERE guild_id = ?", (guild_id,))
                return False
            await db.execute(
                "UPDATE replan_marks SET next_due = '', next_number = ? WHERE guild_id = ?",
                (last, guild_id),
            )
            return True

    async def pending_replans(self) -> list[int]:
        """Servers whose server-wide replan is unfinished (a crash interrupted it)."""
        rows = await self._database.read("SELECT guild_id FROM replan_marks ORDER BY guild_id")
        return [row[0] for row in rows]

    # -- pledges -----------------------------------------------------------------------

    async def insert_pledge(
        self,
        guild_id: int,
        fields: dict[str, Any],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] = (),
    ) -> Pledge:
        """Give the pledge the server's next number, record the creation event and plan
        its alerts, all in one transaction."""
        async with self._database.transaction() as db:
            target = fields.get("depends_on")
            if target is not None:
                async with db.execute(
                    "SELECT 1 FROM pledges WHERE guild_id = ? AND number = ? "
                    "AND deleted_at IS NULL",
                    (guild_id, target),
                ) as cur:
                    if await cur.fetchone() is None:
                        raise no_such_pledge(target)  # the only check: the service leaves it here
            async with db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM pledges WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                found = await cur.fetchone()
            assert found is not None  # an aggregate always answers one row
            number = found[0]
            columns = ["guild_id", "number", "created_at", "updated_at", *fields]
            values = [guild_id, number, to_db(now), to_db(now)]
            values += [db_value(k, v) for k, v in fields.items()]
            try:
                cur = await db.execute(
                    f"INSERT INTO pledges ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})",
                    values,
                )
            except sqlite3.IntegrityError as error:
                if "seed_key" not in str(error):
                    raise
                raise AlreadyRecorded(
                    f"The bundled pledge {fields.get('seed_key')!r} is already in this server."
                ) from error
            pledge_id = cur.lastrowid
            assert pledge_id is not None  # an INSERT always sets it
            await self._insert_event(
                db,
                guild_id,
                Event(pledge_id=pledge_id, at=now, actor_id=fields["recorded_by"], kind="created"),
            )
            await replan_alerts(db, guild_id, pledge_id, alerts, now)
            return await self._pledge_by_id(db, guild_id, pledge_id)

    async def update_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        changes: dict[str, Any],
        events: Iterable[Event],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] | None = None,
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
        expect_status: Status | None = None,
    ) -> Pledge:
        """Apply `changes`, append `events`, and (when `alerts` is given) replace the
        pledge's still-pending planned alerts, atomically. `extra_alerts` are one-off
        rows (guild, pledge, alert) such as status updates, of the same server.

        `expect_status` is the status the caller's checks saw: if another writer (a
        second click, another process) ruled or deleted the pledge since, nothing is
        written and `Conflict` is raised, so two rulings can never both be accepted."""
        _check_editable(guild_id, changes, extra_alerts)
        async with self._database.transaction() as db:
            return await self._update(
                db,
                guild_id,
                pledge_id,
                changes,
                events,
                now,
                alerts=alerts,
                extra_alerts=extra_alerts,
                expect_status=expect_status,
            )

    async def delete_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        event: Event,
        now: datetime,
        *,
        expect_status: Status,
        release: Callable[[Pledge], Event],
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
    ) -> Pledge:
        """Soft-delete the pledge (its pending alerts cancelled) and clear "depends on" in
        the pledges that named it, each with the event `release` makes for it, in one
        transaction: a crash never leaves a pledge depending on a deleted one. The alerts
        in `extra_alerts` (the edits that take the buttons off its alert messages) are
        queued in the same transaction, so a crash cannot lose them either; a deletion's
        row only if the pledge has an alert message to edit (`BUTTONS_OUT_SQL`), so a
        server with no alert channel does not keep one waiting for ever."""
        async with self._database.transaction() as db:
            async with db.execute(
                BUTTONS_OUT_SQL.format(guild="?", pledge="?"), (guild_id, pledge_id)
            ) as cur:
                buttons_out = await cur.fetchone() is not None
            extra_alerts = with_deletion_edits(extra_alerts, buttons_out)
            deleted = await self._update(
                db,
                guild_id,
                pledge_id,
                {"deleted_at": now},
                [event],
                now,
                alerts=[],
                extra_alerts=extra_alerts,
                expect_status=expect_status,
            )
            async with db.execute(_DEPENDENTS, (guild_id, deleted.number)) as cur:
                dependents = [pledge_from_row(row) for row in await cur.fetchall()]
            for dependent in dependents:
                await self._update(
                    db, guild_id, dependent.id, {"depends_on": None}, [release(dependent)], now
                )
            return deleted

    async def _update(
        self,
        db: aiosqlite.Connection,
        guild_id: int,
        pledge_id: int,
        changes: dict[str, Any],
        events: Iterable[Event],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] | None = None,
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
        expect_status: Status | None = None,
    ) -> Pledge:
        """update_pledge's writes, inside the caller's transaction."""
        assignments = "".join(f"{key} = ?, " for key in changes)
        values = [db_value(k, v) for k, v in changes.items()]
        sql = f"UPDATE pledges SET {assignments}updated_at = ? WHERE guild_id = ? AND id = ?"
        params = [*values, to_db(now), guild_id, pledge_id]
        if expect_status is not None:
            sql += " AND status = ? AND deleted_at IS NULL"
            params.append(expect_status.value)
        if changes or expect_status is not None:
            cur = await db.execute(sql, params)
            if cur.rowcount == 0:
                raise Conflict(
                    "This pledge was changed by someone else a moment ago. "
                    "Look at it again with /pledge show and retry if still needed."
                )
        for event in events:
            await self._insert_event(db, guild_id, event)
        pledge = await self._pledge_by_id(db, guild_id, pledge_id)
        if alerts is not None:
            await replan_alerts(db, guild_id, pledge_id, alerts, now)
        for _, about, alert in extra_alerts:
            await insert_alert(db, guild_id, about, alert, now)
        return pledge

    async def get_pledge(
        self, guild_id: int, number: int, *, include_deleted: bool = False
    ) -> Pledge | None:
        sql = f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND number = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = await self._database.read_one(sql, (guild_id, number))
        return pledge_from_row(row) if row else None

    async def get_pledge_by_id(self, guild_id: int, pledge_id: int) -> Pledge | None:
        async with self._database.reader() as db:
            return await fetch_pledge(db, guild_id, pledge_id)

    async def all_pledges(
        self, guild_id: int, *, after: int = 0, limit: int | None = None
    ) -> list[Pledge]:
        """The server's pledges, deleted ones included, by number: after the number
        `after`, and `limit` of them (all without one)."""
        rows = await self._database.read(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND number > ? "
            "ORDER BY number LIMIT ?",
            (guild_id, after, -1 if limit is None else limit),
        )
        return [pledge_from_row(row) for row in rows]

    async def seeded_numbers(self, guild_id: int) -> dict[str, int]:
        """seed_key -> number of the bundled pledges this server already has (deleted
        ones included, so a pledge a server deleted is not imported again)."""
        rows = await self._database.read(
            "SELECT seed_key, number FROM pledges WHERE guild_id = ? AND seed_key IS NOT NULL",
            (guild_id,),
        )
        return {row[0]: row[1] for row in rows}

    async def list_pledges(
        self,
        guild_id: int,
        *,
        status: ListFilter,
        now: datetime,
        speaker: str | None = None,
        query: str | None = None,
        limit: int = 10,
        offset: int = 0,
        after: PageKey | None = None,
        before: PageKey | None = None,
    ) -> Page:
        """A page in list order. With `after` (or `before`), the page that follows (or
        precedes) that place, found by keyset, and `offset` only numbers the page."""
        return await listing.list_page(
            self._database,
            guild_id,
            status=status,
            now=now,
            speaker=speaker,
            query=query,
            limit=limit,
            offset=offset,
            after=after,
            before=before,
        )

    async def search_numbers(self, guild_id: int, typed: str, limit: int = 25) -> list[Pledge]:
        """Autocomplete: exact and prefix number matches first, then text matches."""
        return await listing.search_numbers(self._database, guild_id, typed, limit)

    async def speakers(self, guild_id: int, typed: str, limit: int = 25) -> list[str]:
        return await listing.speakers(self._database, guild_id, typed, limit)

    async def dependents(self, guild_id: int, number: int) -> list[Pledge]:
        """The pledges that depend on #number (a ruling tells them)."""
        rows = await self._database.read(_DEPENDENTS, (guild_id, number))
        return [pledge_from_row(row) for row in rows]

    # -- history -----------------------------------------------------------------------

    async def history(self, guild_id: int, pledge_id: int) -> list[Event]:
        rows = await self._database.read(
            "SELECT * FROM pledge_events WHERE guild_id = ? AND pledge_id = ? ORDER BY id",
            (guild_id, pledge_id),
        )
        return [event_from_row(row) for row in rows]

    async def _pledge_by_id(
        self, db: aiosqlite.Connection, guild_id: int, pledge_id: int
    ) -> Pledge:
        pledge = await fetch_pledge(db, guild_id, pledge_id)
        assert pledge is not None  # read inside the transaction that wrote it
        return pledge

    async def _insert_event(self, db: aiosqlite.Connection, guild_id: int, event: Event) -> None:
        await db.execute(
            "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind, field, "
            "from_value, to_value, note, evidence_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                guild_id,
                event.pledge_id,
                to_db(event.at),
                event.actor_id,
                event.kind,
                event.field,
                event.from_value,
                event.to_value,
                event.note,
                event.evidence_url,
            ),
        )


def _check_editable(
    guild_id: int, changes: dict[str, Any], extra_alerts: Sequence[tuple[int, Any, Any]]
) -> None:
    """What update_pledge refuses before writing: a column that is not editable, or a
    one-off alert of another server (every write names one server; docs/scaling.md)."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if any(guild != guild_id for guild, _, _ in extra_alerts):
        raise ValueError("an extra alert of another server than the pledge's")
