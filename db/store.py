"""The only module that speaks SQL.

One aiosqlite connection in autocommit mode; every write runs inside an explicit
`BEGIN IMMEDIATE ... COMMIT` taken under an asyncio lock, because coroutines sharing one
connection would otherwise interleave their statements inside each other's transactions.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import Conflict
from bot.pledges import DUE_SOON, Event, GuildSettings, ListFilter, Page, Pledge, Status

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Pledgewatch; running old code on it could
    silently drop data the newer version relies on."""


def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are never stored; pass an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("db.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {expected:04d} is missing (found {migration.name})")
    return found


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    guild_id: int
    pledge_id: int | None
    kind: str
    due_at: datetime
    state: str
    payload: dict[str, Any] | None
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    late: bool
    claimed_at: datetime | None
    sent_at: datetime | None
    channel_id: int | None
    message_id: int | None


@dataclass(frozen=True, slots=True)
class PlannedAlert:
    """An alert the plan wants in the outbox."""

    kind: str
    due_at: datetime
    payload: dict[str, Any] | None = None


_PLEDGE_COLUMNS = (
    "id, guild_id, number, speaker, promise, beneficiary, quote, source_url, source_title, "
    "said_at, "
    "deadline_text, due_at, due_earliest, vague, depends_on, recorded_by, status, "
    "status_note, evidence_url, seed_key, created_at, updated_at, deleted_at"
)
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
    }
)
# Alerts that belong to a pledge's plan (status updates are one-offs, never replanned).
PLANNED_KINDS = ("heads_up", "due", "follow_up", "review")


def _pledge(row: aiosqlite.Row) -> Pledge:
    return Pledge(
        id=row["id"],
        guild_id=row["guild_id"],
        number=row["number"],
        speaker=row["speaker"],
        promise=row["promise"],
        beneficiary=row["beneficiary"],
        quote=row["quote"],
        source_url=row["source_url"],
        source_title=row["source_title"],
        said_at=from_db(row["said_at"]),
        deadline_text=row["deadline_text"],
        due_at=from_db(row["due_at"]),
        due_earliest=from_db(row["due_earliest"]),
        vague=bool(row["vague"]),
        depends_on=row["depends_on"],
        recorded_by=row["recorded_by"],
        status=Status(row["status"]),
        status_note=row["status_note"],
        evidence_url=row["evidence_url"],
        seed_key=row["seed_key"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        deleted_at=from_db(row["deleted_at"]),
    )


def _event(row: aiosqlite.Row) -> Event:
    return Event(
        id=row["id"],
        pledge_id=row["pledge_id"],
        at=from_db(row["at"]),
        actor_id=row["actor_id"],
        kind=row["kind"],
        field=row["field"],
        from_value=row["from_value"],
        to_value=row["to_value"],
        note=row["note"],
        evidence_url=row["evidence_url"],
    )


def _outbox(row: aiosqlite.Row) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        guild_id=row["guild_id"],
        pledge_id=row["pledge_id"],
        kind=row["kind"],
        due_at=from_db(row["due_at"]),
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
    )


def _db_value(key: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return to_db(value)
    if isinstance(value, Status):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if key == "follow_up_days" and not isinstance(value, str):
        return ",".join(str(int(v)) for v in value)
    return value


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    # -- lifecycle -------------------------------------------------------------------

    async def open(self, *, migrate: bool = True) -> None:
        if self._db is not None:
            return
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(self.path, isolation_level=None)
        db.row_factory = aiosqlite.Row
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await db.execute("PRAGMA busy_timeout = 5000")
            # FULL: a committed ruling or alert receipt survives a power cut, not only a
            # crash of the process. Writes are rare (member actions, one per alert).
            await db.execute("PRAGMA synchronous = FULL")
        except BaseException:
            await db.close()
            raise
        self._db = db
        if migrate:
            try:
                await self.migrate()
            except BaseException:
                await self.close()
                raise

    async def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            async with self._write_lock:
                await db.close()

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("Store is not open")
        return self._db

    # -- migrations --------------------------------------------------------------------

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0])

    async def migrate(self, target: int | None = None) -> list[int]:
        """Bring the schema to `target` (default: the newest bundled). Returns the
        versions applied; an up-to-date database applies nothing."""
        migrations = bundled_migrations()
        newest = migrations[-1].version if migrations else 0
        target = newest if target is None else target
        current = await self.schema_version()
        if current > newest:
            raise SchemaTooNew(
                f"The database {self.path} has schema version {current}, but this Pledgewatch "
                f"only knows versions up to {newest}. Upgrade Pledgewatch (git pull && make run) "
                f"or point PLEDGEWATCH_DB at another file; the database was left untouched."
            )
        applied: list[int] = []
        async with self._write_lock:
            for migration in migrations:
                if current < migration.version <= target:
                    if await self.schema_version() >= migration.version:
                        continue  # applied meanwhile by another process on this file
                    script = (
                        "BEGIN IMMEDIATE;\n"
                        f"{migration.sql}\n"
                        f"PRAGMA user_version = {migration.version};\n"
                        "COMMIT;"
                    )
                    try:
                        await self.db.executescript(script)
                    except BaseException:
                        if self.db.in_transaction:
                            await self.db.execute("ROLLBACK")
                        # Another process sharing the file (a second shard) may have
                        # applied it between our version check and our lock.
                        if await self.schema_version() >= migration.version:
                            continue
                        raise
                    log.info("Applied migration %s", migration.name)
                    applied.append(migration.version)
        return applied

    # -- transactions ------------------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._write_lock:
            db = self.db
            await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            else:
                await db.execute("COMMIT")

    # -- settings ----------------------------------------------------------------------

    async def get_settings(self, guild_id: int) -> GuildSettings:
        async with self.db.execute(
            "SELECT * FROM guild_settings WHERE guild_id = ?", (guild_id,)
        ) as cur:
            row = await cur.fetchone()
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
        )

    async def update_settings(
        self,
        guild_id: int,
        changes: dict[str, Any],
        now: datetime,
        *,
        replans: Sequence[tuple[int, Sequence[PlannedAlert]]] = (),
    ) -> None:
        """Change a server's settings and, in the same transaction, swap in the new
        alert plans of its pledges, so a crash never leaves half on the old schedule."""
        unknown = set(changes) - _SETTINGS
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self.transaction() as db:
            for pledge_id, alerts in replans:
                await self._replan(db, guild_id, pledge_id, alerts, now)
            await db.execute(
                "INSERT INTO guild_settings (guild_id) VALUES (?) ON CONFLICT DO NOTHING",
                (guild_id,),
            )
            if changes:
                assignments = ", ".join(f"{key} = ?" for key in changes)
                values = [_db_value(k, v) for k, v in changes.items()]
                await db.execute(
                    f"UPDATE guild_settings SET {assignments}, updated_at = ? WHERE guild_id = ?",
                    (*values, to_db(now), guild_id),
                )

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
        async with self.transaction() as db:
            async with db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM pledges WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                number = (await cur.fetchone())[0]
            columns = ["guild_id", "number", "created_at", "updated_at", *fields]
            values = [guild_id, number, to_db(now), to_db(now)]
            values += [_db_value(k, v) for k, v in fields.items()]
            cur = await db.execute(
                f"INSERT INTO pledges ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                values,
            )
            pledge_id = cur.lastrowid
            await self._insert_event(
                db,
                Event(pledge_id=pledge_id, at=now, actor_id=fields["recorded_by"], kind="created"),
            )
            await self._replan(db, guild_id, pledge_id, alerts, now)
            return await self._pledge_by_id(db, pledge_id)

    async def update_pledge(
        self,
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
        rows (guild, pledge, alert) such as status updates.

        `expect_status` is the status the caller's checks saw: if another writer (a
        second click, another process) ruled or deleted the pledge since, nothing is
        written and `Conflict` is raised, so two rulings can never both be accepted."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        async with self.transaction() as db:
            assignments = "".join(f"{key} = ?, " for key in changes)
            values = [_db_value(k, v) for k, v in changes.items()]
            sql = f"UPDATE pledges SET {assignments}updated_at = ? WHERE id = ?"
            params = [*values, to_db(now), pledge_id]
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
                await self._insert_event(db, event)
            pledge = await self._pledge_by_id(db, pledge_id)
            if alerts is not None:
                await self._replan(db, pledge.guild_id, pledge_id, alerts, now)
            for guild_id, about, alert in extra_alerts:
                await self._insert_alert(db, guild_id, about, alert, now)
            return pledge

    async def get_pledge(
        self, guild_id: int, number: int, *, include_deleted: bool = False
    ) -> Pledge | None:
        sql = f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND number = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        async with self.db.execute(sql, (guild_id, number)) as cur:
            row = await cur.fetchone()
        return _pledge(row) if row else None

    async def get_pledge_by_id(self, pledge_id: int) -> Pledge | None:
        async with self.db.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE id = ?", (pledge_id,)
        ) as cur:
            row = await cur.fetchone()
        return _pledge(row) if row else None

    async def all_pledges(self, guild_id: int) -> list[Pledge]:
        async with self.db.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? ORDER BY number",
            (guild_id,),
        ) as cur:
            return [_pledge(row) for row in await cur.fetchall()]

    async def seeded_numbers(self, guild_id: int) -> dict[str, int]:
        """seed_key -> number of the bundled pledges this server already has (deleted
        ones included, so a pledge a server deleted is not imported again)."""
        async with self.db.execute(
            "SELECT seed_key, number FROM pledges WHERE guild_id = ? AND seed_key IS NOT NULL",
            (guild_id,),
        ) as cur:
            return {row[0]: row[1] for row in await cur.fetchall()}

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
    ) -> Page:
        where = ["guild_id = ?", "deleted_at IS NULL"]
        params: list[Any] = [guild_id]
        if status is ListFilter.OVERDUE:
            where += ["status = 'open'", "due_at IS NOT NULL", "due_at < ?"]
            params.append(to_db(now))
        elif status is ListFilter.DUE_SOON:
            where += ["status = 'open'", "due_at >= ?", "due_at <= ?"]
            params += [to_db(now), to_db(now + DUE_SOON)]
        elif status is not ListFilter.ALL:
            where.append("status = ?")
            params.append(status.value)
        if speaker:
            where.append("speaker LIKE ? ESCAPE '\\'")
            params.append(_like(speaker.strip()))
        if query:
            where.append(
                "(promise LIKE ? ESCAPE '\\' OR quote LIKE ? ESCAPE '\\' "
                "OR speaker LIKE ? ESCAPE '\\' OR beneficiary LIKE ? ESCAPE '\\')"
            )
            params += [_like(query.strip())] * 4
        clause = " AND ".join(where)
        async with self.db.execute(f"SELECT COUNT(*) FROM pledges WHERE {clause}", params) as cur:
            total = (await cur.fetchone())[0]
        async with self.db.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE {clause} "
            "ORDER BY due_at IS NULL, due_at, number LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ) as cur:
            items = [_pledge(row) for row in await cur.fetchall()]
        return Page(items=items, total=total, offset=offset, limit=limit)

    async def search_numbers(self, guild_id: int, typed: str, limit: int = 25) -> list[Pledge]:
        """Autocomplete: exact and prefix number matches first, then text matches."""
        typed = typed.strip().lstrip("#")
        params: list[Any] = [guild_id]
        rank = "0"
        where = "guild_id = ? AND deleted_at IS NULL"
        if typed:
            rank = (
                "CASE WHEN CAST(number AS TEXT) = ? THEN 0 "
                "WHEN CAST(number AS TEXT) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END"
            )
            where += (
                " AND (CAST(number AS TEXT) LIKE ? ESCAPE '\\' OR speaker LIKE ? ESCAPE '\\' "
                "OR promise LIKE ? ESCAPE '\\')"
            )
            prefix = _like(typed)[1:]
            params = [typed, prefix, guild_id, prefix, _like(typed), _like(typed)]
        sql = (
            f"SELECT {_PLEDGE_COLUMNS}, {rank} AS rank FROM pledges WHERE {where} "
            "ORDER BY rank, status != 'open', number DESC LIMIT ?"
        )
        async with self.db.execute(sql, (*params, limit)) as cur:
            return [_pledge(row) for row in await cur.fetchall()]

    async def speakers(self, guild_id: int, typed: str, limit: int = 25) -> list[str]:
        """Speakers of the server's pledges for autocomplete: those starting with what was
        typed first, then those containing it, each group by how often they pledged."""
        typed = typed.strip()
        async with self.db.execute(
            "SELECT MIN(speaker) AS name, COUNT(*) AS n, "
            "CASE WHEN speaker LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END AS rank "
            "FROM pledges WHERE guild_id = ? AND deleted_at IS NULL "
            "AND speaker LIKE ? ESCAPE '\\' "
            "GROUP BY speaker COLLATE NOCASE ORDER BY rank, n DESC, name LIMIT ?",
            (_like(typed)[1:], guild_id, _like(typed), limit),
        ) as cur:
            return [row["name"] for row in await cur.fetchall()]

    async def track_records(self, guild_id: int, now: datetime) -> list[tuple[str, str, int, int]]:
        """(speaker, status, count, overdue) per speaker and status."""
        async with self.db.execute(
            "SELECT speaker, status, COUNT(*), "
            "SUM(CASE WHEN status = 'open' AND due_at < ? THEN 1 ELSE 0 END) "
            "FROM pledges WHERE guild_id = ? AND deleted_at IS NULL "
            "GROUP BY speaker COLLATE NOCASE, status ORDER BY speaker COLLATE NOCASE",
            (to_db(now), guild_id),
        ) as cur:
            return [(r[0], r[1], r[2], r[3] or 0) for r in await cur.fetchall()]

    async def dependents(self, guild_id: int, number: int) -> list[Pledge]:
        async with self.db.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND depends_on = ? "
            "AND deleted_at IS NULL ORDER BY number",
            (guild_id, number),
        ) as cur:
            return [_pledge(row) for row in await cur.fetchall()]

    # -- history -----------------------------------------------------------------------

    async def history(self, pledge_id: int) -> list[Event]:
        async with self.db.execute(
            "SELECT * FROM pledge_events WHERE pledge_id = ? ORDER BY id", (pledge_id,)
        ) as cur:
            return [_event(row) for row in await cur.fetchall()]

    # -- alert outbox ------------------------------------------------------------------

    async def alert_failure(self, guild_id: int) -> str | None:
        """The last delivery error of a still-waiting alert of this server, if any."""
        async with self.db.execute(
            "SELECT last_error FROM alert_outbox WHERE guild_id = ? AND state IN "
            "('pending', 'claimed') AND last_error IS NOT NULL ORDER BY due_at LIMIT 1",
            (guild_id,),
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def outbox_for_pledge(self, pledge_id: int) -> list[OutboxRow]:
        async with self.db.execute(
            "SELECT * FROM alert_outbox WHERE pledge_id = ? ORDER BY due_at, id", (pledge_id,)
        ) as cur:
            return [_outbox(row) for row in await cur.fetchall()]

    # -- internals ---------------------------------------------------------------------

    async def _pledge_by_id(self, db: aiosqlite.Connection, pledge_id: int) -> Pledge:
        async with db.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM pledges WHERE id = ?", (pledge_id,)
        ) as cur:
            return _pledge(await cur.fetchone())

    async def _insert_event(self, db: aiosqlite.Connection, event: Event) -> None:
        await db.execute(
            "INSERT INTO pledge_events (pledge_id, at, actor_id, kind, field, from_value, "
            "to_value, note, evidence_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
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

    async def _replan(
        self,
        db: aiosqlite.Connection,
        guild_id: int,
        pledge_id: int,
        alerts: Sequence[PlannedAlert],
        now: datetime,
    ) -> None:
        """Cancel the pending planned alerts the new plan no longer wants; add the new.

        Rows already sent or claimed stay as they are, and the unique index keeps an alert
        that was already sent from being scheduled a second time."""
        wanted = {(a.kind, to_db(a.due_at)) for a in alerts}
        async with db.execute(
            "SELECT id, kind, due_at FROM alert_outbox WHERE pledge_id = ? AND state = 'pending' "
            f"AND kind IN ({', '.join('?' * len(PLANNED_KINDS))})",
            (pledge_id, *PLANNED_KINDS),
        ) as cur:
            pending = await cur.fetchall()
        stale = [row["id"] for row in pending if (row["kind"], row["due_at"]) not in wanted]
        if stale:
            await db.execute(
                f"UPDATE alert_outbox SET state = 'cancelled' "
                f"WHERE id IN ({', '.join('?' * len(stale))})",
                stale,
            )
        for alert in alerts:
            await self._insert_alert(db, guild_id, pledge_id, alert, now)

    async def _insert_alert(
        self,
        db: aiosqlite.Connection,
        guild_id: int,
        pledge_id: int | None,
        alert: PlannedAlert,
        now: datetime,
    ) -> None:
        await db.execute(
            "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                guild_id,
                pledge_id,
                alert.kind,
                to_db(alert.due_at),
                json.dumps(alert.payload) if alert.payload is not None else None,
                to_db(now),
            ),
        )
