"""The alert outbox's SQL: what the dispatcher claims, confirms, skips and retries.

Delivery is "at least once, deduplicated": a row is claimed and committed before the
message is sent, and the message id is committed after it. A crash in between leaves a
'claimed' row, which the next run sends again with the same nonce so that Discord drops
the duplicate. Everything here runs on the Store's one connection and inside its
transactions, so the dispatcher's writes never interleave with a ruling's.

A retry only deduplicates if it sends the same message with the same nonce, so the
message a row goes out in (`send_as`: alone, or a page of a digest with that page's
nonce) is committed before the row's first send and never changes afterwards, even if
by the retry more alerts fell due, some became moot, or the rest of the digest went out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.core.alerts import (
    PLANNED_KINDS,
    Claimed,
    GuildFailure,
    GuildQueue,
    OutboxRow,
    PlannedAlert,
    Planner,
    moments_of,
)
from bot.core.model import Pledge
from db._sqlite import (
    PLEDGE_COLUMNS,
    Database,
    fetch_pledge,
    fetch_settings,
    from_db,
    marks,
    moment,
    outbox_from_row,
    pledge_from_row,
    to_db,
)
from db.planning import BUTTON_SQL, PLANNED_SQL, Write, alert_values, latest_missed, outbox_writes

# Statements on rows named by id also name their server (`guild_id = ?`, so each touches
# one server's rows; docs/scaling.md). Without statistics SQLite would then walk the
# server's rows through an index led by guild_id instead of looking the few ids up:
# NOT INDEXED keeps the rowid lookups and forbids that walk.


# Per configured server: its first waiting alert (through alert_outbox_guild_waiting, one
# index probe per server) and its backoff, ignored once the failing channel was replaced.
_QUEUES = """
SELECT s.guild_id, s.alert_channel_id,
       (SELECT o.due_at FROM alert_outbox o
         WHERE o.guild_id = s.guild_id AND o.state IN ('pending', 'claimed')
         ORDER BY o.due_at LIMIT 1),
       CASE WHEN f.channel_id IS s.alert_channel_id THEN f.retry_at END
  FROM guild_settings s LEFT JOIN alert_guild_state f ON f.guild_id = s.guild_id
 WHERE s.alert_channel_id IS NOT NULL {only}
"""

# A pledge whose several alerts fell due while nobody could send them gets only the most
# recent: the older pending ones are skipped. Claimed rows are never skipped, because
# they may already have reached Discord and must be retried with their nonce.
# (The redundant "state IN (...)" lets SQLite use the partial index of waiting rows; it
# cannot tell on its own that state = 'pending' implies it, and would scan the table.)
_COLLAPSE = f"""
UPDATE alert_outbox SET state = 'skipped'
 WHERE guild_id = :guild AND state IN ('pending', 'claimed') AND state = 'pending'
   AND kind IN ({PLANNED_SQL}) AND due_at <= :now
   AND EXISTS (
       SELECT 1 FROM alert_outbox newer INDEXED BY alert_outbox_by_pledge
        WHERE newer.guild_id = alert_outbox.guild_id AND newer.pledge_id = alert_outbox.pledge_id
          AND newer.state IN ('pending', 'claimed')
          AND newer.kind IN ({PLANNED_SQL})
          AND newer.due_at <= :now
          AND (newer.due_at > alert_outbox.due_at
               OR (newer.due_at = alert_outbox.due_at AND newer.id > alert_outbox.id)))
"""


# Unconfirmed digest pages first and alone (see claim_due), else the due rows in order.
# The late flag is worked out afresh at every claim (a retry hours after a crash is late),
# except for digest pages, whose text must not grow past Discord's limits on a retry.
# MATERIALIZED: the picked rows are computed once, before the UPDATE changes any.
_CLAIM = """
WITH pages AS MATERIALIZED (
    SELECT id FROM alert_outbox
     WHERE guild_id = :guild AND state IN ('pending', 'claimed')
       AND send_as IS NOT NULL AND send_as != 'single'
), picked AS MATERIALIZED (
    SELECT id FROM pages
    UNION ALL
    SELECT id FROM (
        SELECT id FROM alert_outbox
         WHERE guild_id = :guild AND state IN ('pending', 'claimed') AND due_at <= :now
           AND NOT EXISTS (SELECT 1 FROM pages)
         ORDER BY due_at, id LIMIT :limit)
)
UPDATE alert_outbox NOT INDEXED SET
    claimed_at = CASE WHEN state = 'pending' THEN :now ELSE claimed_at END,
    late = CASE WHEN send_as IS NULL OR send_as = 'single' THEN (due_at < :late) ELSE late END,
    send_as = CASE
        WHEN send_as IS NOT NULL THEN send_as
        WHEN (SELECT COUNT(*) FROM picked) <= :single_up_to THEN 'single'
    END,
    state = 'claimed'
 WHERE guild_id = :guild AND id IN (SELECT id FROM picked)
RETURNING *
"""


class OutboxRepository:
    """The outbox's queries, on the store's writer connection and inside its
    transactions, so the dispatcher's writes never interleave with a ruling's.

    The dispatcher also reads on the writer (`read_in_order`): its loop decides when to
    wake from what its server tasks just wrote, and a read there is ordered after every
    statement issued before it. Only what a command shows (`last_failure`, for
    /pledgewatch show) reads on the pool."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- what is waiting -----------------------------------------------------------

    async def queues(self, guild_id: int | None = None) -> list[GuildQueue]:
        """Every server with an alert channel and waiting alerts, soonest first.

        Servers without a channel are left out: their alerts wait, and the dispatcher
        is woken when a channel is set."""
        only = "AND s.guild_id = :guild" if guild_id is not None else ""
        rows = await self._database.read_in_order(_QUEUES.format(only=only), {"guild": guild_id})
        queues = []
        for guild, channel, first_due, retry_at in rows:
            if first_due is None:
                continue  # nothing waiting (filtered here: in SQL it would probe twice)
            due = moment(first_due)
            retry = from_db(retry_at)
            ready = retry if retry is not None and retry > due else due
            queues.append(GuildQueue(guild, channel, ready, ready is not due))
        queues.sort(key=lambda q: q.ready_at)
        return queues

    async def count_claimed(self) -> int:
        rows = await self._database.read_in_order(
            "SELECT COUNT(*) FROM alert_outbox WHERE state = 'claimed'"
        )
        return next(iter(rows))[0]

    async def guild_state(self, guild_id: int) -> tuple[int | None, GuildFailure | None]:
        """The server's alert channel and its failure backoff, in one query: a server
        task asks this before every batch."""
        rows = await self._database.read_in_order(
            "SELECT s.alert_channel_id, f.failures, f.retry_at, f.channel_id, f.last_error "
            "FROM (SELECT ? AS guild_id) g "
            "LEFT JOIN guild_settings s ON s.guild_id = g.guild_id "
            "LEFT JOIN alert_guild_state f ON f.guild_id = g.guild_id",
            (guild_id,),
        )
        channel, failures, retry_at, failed_channel, error = next(iter(rows))
        failure = None
        if failures is not None:
            failure = GuildFailure(failures, moment(retry_at), failed_channel, error)
        return channel, failure

    # -- claiming --------------------------------------------------------------------

    async def claim_due(
        self,
        guild_id: int,
        now: datetime,
        *,
        limit: int,
        late_before: datetime,
        single_up_to: int,
        planner: Planner | None = None,
    ) -> list[Claimed]:
        """Collapse missed alerts, then claim up to `limit` due rows of one server, in
        due order, committed before anything is sent. Rows claimed by an earlier run
        (a crash between claim and confirm) come back with them, nonce and all.

        A digest page that did not go out (crash, timeout, failure) is claimed first,
        whole and alone: its rows must go out together in that page again, not be
        split between batches. When no more than `single_up_to` rows are claimed, the
        new ones are fixed as single messages in the same statement (the common case
        needs no extra write before the send); above it they stay free, and the
        dispatcher fixes their digest pages with `fix_send_as` before sending any.

        Single statements rather than a transaction (the claim is one UPDATE ...
        RETURNING): a burst claims for hundreds of servers, and every round trip to
        the database thread counts in how late the last of them goes out.

        With `planner`, a pledge whose stored next alert is older than `late_before`
        is first moved on to the latest moment of its plan that has passed: only the
        next alert is stored, and after downtime the one catch-up alert is the latest
        missed, as if every missed one had been stored and collapsed."""
        params = {"guild": guild_id, "now": to_db(now)}
        if planner is not None:
            await self._catch_up(guild_id, now, late_before, planner)
        await self._database.write(_COLLAPSE, params)
        claimed = await self._database.write(
            _CLAIM,
            {**params, "late": to_db(late_before), "limit": limit, "single_up_to": single_up_to},
        )
        found = sorted(
            ((outbox_from_row(row), row["send_as"]) for row in claimed),
            key=lambda pair: (pair[0].due_at, pair[0].id),
        )
        pledges = await self.pledges(
            guild_id, sorted({row.pledge_id for row, _ in found if row.pledge_id is not None})
        )
        return [
            Claimed(row, pledges.get(row.pledge_id) if row.pledge_id else None, send_as)
            for row, send_as in found
        ]

    async def _catch_up(
        self, guild_id: int, now: datetime, late_before: datetime, planner: Planner
    ) -> None:
        """Move long-missed next alerts on to the latest missed moment of their plan."""
        missed = await self._database.read_in_order(
            "SELECT id, pledge_id, kind, due_at, created_at FROM alert_outbox "
            "WHERE guild_id = ? AND state IN ('pending', 'claimed') AND state = 'pending' "
            f"AND send_as IS NULL AND kind IN ({PLANNED_SQL}) AND due_at < ?",
            (guild_id, to_db(late_before)),
        )
        if not missed:
            return
        async with self._database.transaction() as db:
            settings = await fetch_settings(db, guild_id)
            for row in missed:
                pledge = await fetch_pledge(db, guild_id, row["pledge_id"])
                if pledge is None:
                    continue
                latest = latest_missed(row, planner(pledge, settings, now), now)
                if latest is None:
                    continue
                await db.execute(
                    "UPDATE alert_outbox SET state = 'cancelled' "
                    "WHERE guild_id = ? AND id = ? AND state = 'pending'",
                    (guild_id, row["id"]),
                )
                # Planned when the missed one was: it is a missed alert, not one planned late.
                await insert_alert(db, guild_id, pledge.id, latest, moment(row["created_at"]))

    async def pledges(self, guild_id: int, pledge_ids: Sequence[int]) -> dict[int, Pledge]:
        """The pledges as they are now (the dispatcher looks again right before a send)."""
        if not pledge_ids:
            return {}
        found = await self._database.read_in_order(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges NOT INDEXED "
            f"WHERE guild_id = ? AND id IN ({marks(pledge_ids)})",
            [guild_id, *pledge_ids],
        )
        return {p.id: p for p in map(pledge_from_row, found)}

    async def fix_send_as(self, guild_id: int, send_as: dict[int, str]) -> None:
        """Commit which message each row goes out in, before the first of them is sent."""
        if not send_as:
            return
        by_unit: dict[str, list[int]] = {}
        for row_id, unit in send_as.items():
            by_unit.setdefault(unit, []).append(row_id)
        async with self._database.transaction() as db:
            for unit, row_ids in by_unit.items():
                await db.execute(
                    "UPDATE alert_outbox NOT INDEXED SET send_as = ? "
                    f"WHERE guild_id = ? AND id IN ({marks(row_ids)}) AND send_as IS NULL",
                    (unit, guild_id, *row_ids),
                )

    # -- outcomes --------------------------------------------------------------------

    async def confirm(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        channel_id: int,
        message_id: int | None,
        now: datetime,
        digest: bool = False,
        replan: Iterable[int] = (),
        planner: Planner | None = None,
    ) -> None:
        """Record the delivered message, and (in the same transaction) replan the
        pledges in `replan` so a sent follow-up or review schedules its next repeat.

        The plan is computed from the pledge as it is inside the transaction: a ruling
        that landed while the message was on its way must not get its follow-ups back."""
        sent = (
            "UPDATE alert_outbox NOT INDEXED SET state = 'sent', sent_at = ?, channel_id = ?, "
            "message_id = ?, digest = ?, last_error = NULL "
            f"WHERE guild_id = ? AND id IN ({marks(row_ids)})"
        )
        values = (to_db(now), channel_id, message_id, int(digest), guild_id, *row_ids)
        replan = sorted(set(replan))
        if planner is None or not replan:
            await self._database.write(sent, values)
            return
        async with self._database.transaction() as db:
            rows = await db.execute_fetchall(sent + " RETURNING pledge_id, kind, due_at", values)
            await _replan(db, guild_id, [row for row in rows if row[0] in replan], planner, now)

    async def release(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        failed: Sequence[int] = (),
        error: str | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        """Put claimed rows back to wait; the ones in `failed` count an attempt and
        carry the error that /pledgewatch show reports. With `outcome_unknown` (no
        answer: the message may have been posted) the failed rows stay claimed, so the
        retry keeps their claim time and looks in the channel before posting again."""
        if not row_ids:
            return
        failed_set = set(failed)
        untried = [i for i in row_ids if i not in failed_set]
        tried = [i for i in row_ids if i in failed_set]
        state = "'claimed'" if outcome_unknown else "'pending'"
        async with self._database.transaction() as db:
            if untried:
                await db.execute(
                    "UPDATE alert_outbox NOT INDEXED SET state = 'pending' "
                    f"WHERE guild_id = ? AND id IN ({marks(untried)}) AND state = 'claimed'",
                    (guild_id, *untried),
                )
            if tried:
                await db.execute(
                    f"UPDATE alert_outbox NOT INDEXED SET state = {state}, "
                    "attempts = attempts + 1, last_error = ? "
                    f"WHERE guild_id = ? AND id IN ({marks(tried)}) AND state = 'claimed'",
                    (error, guild_id, *tried),
                )

    async def skip(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        error: str | None = None,
        planner: Planner | None = None,
        now: datetime | None = None,
    ) -> None:
        """Never send these: superseded, about a pledge that is gone, or refused by
        Discord as malformed (retrying would only fail again). With `planner` (and
        `now`), their pledges are replanned in the same transaction, so a pledge whose
        stored next alert was skipped gets the one after it."""
        if not row_ids:
            return
        skipped = (
            f"UPDATE alert_outbox NOT INDEXED SET state = 'skipped', last_error = ? "
            f"WHERE guild_id = ? AND id IN ({marks(row_ids)}) RETURNING pledge_id, kind, due_at"
        )
        if planner is None or now is None:
            await self._database.write(skipped, (error, guild_id, *row_ids))
            return
        async with self._database.transaction() as db:
            rows = await db.execute_fetchall(skipped, (error, guild_id, *row_ids))
            await _replan(db, guild_id, rows, planner, now)

    # -- per-server failure state --------------------------------------------------------

    async def record_failure(
        self,
        guild_id: int,
        channel_id: int,
        *,
        now: datetime,
        backoff: Callable[[int], timedelta],
        error: str | Callable[[datetime], str],
    ) -> GuildFailure:
        """Count one more failure for this server's channel and set when to try again.
        `backoff(failures)` gives the wait; a different channel starts the count anew.
        `error` may be built from the retry time, so the message can say when."""
        async with self._database.transaction() as db:
            async with db.execute(
                "SELECT failures, channel_id FROM alert_guild_state WHERE guild_id = ?",
                (guild_id,),
            ) as cur:
                row = await cur.fetchone()
            failures = row[0] + 1 if row is not None and row[1] == channel_id else 1
            retry_at = now + backoff(failures)
            text = error(retry_at) if callable(error) else error
            await db.execute(
                "INSERT INTO alert_guild_state "
                "(guild_id, failures, retry_at, channel_id, last_error, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET "
                "failures = excluded.failures, retry_at = excluded.retry_at, "
                "channel_id = excluded.channel_id, last_error = excluded.last_error, "
                "updated_at = excluded.updated_at",
                (guild_id, failures, to_db(retry_at), channel_id, text, to_db(now)),
            )
        return GuildFailure(failures, retry_at, channel_id, text)

    async def clear_failure(self, guild_id: int) -> None:
        await self._database.write("DELETE FROM alert_guild_state WHERE guild_id = ?", (guild_id,))

    # -- messages already sent -------------------------------------------------------------

    async def alert_messages(
        self, guild_id: int, pledge_ids: Sequence[int]
    ) -> dict[int, tuple[int, int]]:
        """pledge id -> (channel id, message id) of its latest own alert message (the
        one with the ruling buttons; digests are not counted)."""
        rows = await self._button_messages(guild_id, pledge_ids)
        return {pledge_id: (channel, message) for pledge_id, channel, message in rows}

    async def alert_messages_of(self, guild_id: int, pledge_id: int) -> list[tuple[int, int]]:
        """(channel id, message id) of every own alert message of a pledge, oldest first:
        each was sent with the ruling buttons."""
        return [
            (channel, message)
            for _, channel, message in await self._button_messages(guild_id, [pledge_id])
        ]

    async def _button_messages(self, guild_id: int, pledge_ids: Sequence[int]) -> list[Any]:
        """(pledge id, channel id, message id) of the pledges' sent alerts that carried
        ruling buttons, in the order they were sent."""
        if not pledge_ids:
            return []
        return await self._database.read_in_order(
            "SELECT pledge_id, channel_id, message_id FROM alert_outbox "
            f"WHERE guild_id = ? AND pledge_id IN ({marks(pledge_ids)}) AND state = 'sent' "
            f"AND digest = 0 AND message_id IS NOT NULL AND kind IN ({BUTTON_SQL}) "
            "ORDER BY sent_at, id",
            [guild_id, *pledge_ids],
        )

    async def rows_for_guild(self, guild_id: int) -> list[OutboxRow]:
        """Every outbox row of a server (tests and diagnostics)."""
        rows = await self._database.read_in_order(
            "SELECT * FROM alert_outbox WHERE guild_id = ? ORDER BY due_at, id", (guild_id,)
        )
        return [outbox_from_row(row) for row in rows]

    async def rows_for_pledge(self, guild_id: int, pledge_id: int) -> list[OutboxRow]:
        rows = await self._database.read_in_order(
            "SELECT * FROM alert_outbox WHERE guild_id = ? AND pledge_id = ? ORDER BY due_at, id",
            (guild_id, pledge_id),
        )
        return [outbox_from_row(row) for row in rows]

    async def last_failure(self, guild_id: int) -> str | None:
        """The last delivery error of a still-waiting alert of this server, if any."""
        row = await self._database.read_one(
            "SELECT last_error FROM alert_outbox WHERE guild_id = ? AND state IN "
            "('pending', 'claimed') AND last_error IS NOT NULL ORDER BY due_at LIMIT 1",
            (guild_id,),
        )
        return row[0] if row else None


# -- planning inside another repository's transaction ------------------------------------
# A change to a pledge and its new plan commit together, so the pledge repository calls
# these with its own open transaction.


async def _replan(
    db: aiosqlite.Connection, guild_id: int, done: Iterable[Any], planner: Planner, now: datetime
) -> None:
    """Replan the pledges (of server `guild_id`) of alerts that went out (or were
    skipped), from their state inside the open transaction. `done` holds (pledge_id,
    kind, due_at) rows: the plan is taken from after the latest of each pledge's, so a
    moment that passed while the alert was on its way still goes out (once), and none
    before it again."""
    after: dict[int, str] = {}
    for pledge_id, kind, due_at in done:
        if pledge_id is not None and kind in PLANNED_KINDS:
            after[pledge_id] = max(after.get(pledge_id, due_at), due_at)
    settings = await fetch_settings(db, guild_id) if after else None
    for pledge_id in sorted(after):
        pledge = await fetch_pledge(db, guild_id, pledge_id)
        if pledge is None or settings is None:
            continue
        since = moment(after[pledge_id])
        alerts = [a for a in planner(pledge, settings, now) if a.due_at > since]
        await replan_alerts(db, guild_id, pledge.id, alerts, now)


async def replan_alerts(
    db: aiosqlite.Connection,
    guild_id: int,
    pledge_id: int,
    alerts: Sequence[PlannedAlert],
    now: datetime,
) -> None:
    """Keep in the outbox only the pledge's next alert: the first of the plan that has
    not gone out yet (sent, skipped, or claimed and on its way). Pending rows the plan no
    longer starts with are cancelled.

    The rest of the plan is not stored: it is worked out again when the next alert has
    gone out (the dispatcher replans the pledge in the transaction that confirms it),
    or when the pledge or the server's settings change. The unique index keeps an
    alert that was already sent from being scheduled a second time. (A server-wide
    replan walks its pledges in db/replan.py.)"""
    async with db.execute(
        "SELECT id, kind, due_at, state FROM alert_outbox WHERE guild_id = ? "
        f"AND pledge_id = ? AND kind IN ({PLANNED_SQL}) AND state != 'cancelled'",
        (guild_id, pledge_id),
    ) as cur:
        stored = {pledge_id: list(await cur.fetchall())}
    plans = [(pledge_id, moments_of(alerts))]
    await apply_writes(db, guild_id, *outbox_writes(stored, plans, False), to_db(now))


async def apply_writes(
    db: aiosqlite.Connection,
    guild_id: int,
    stale: list[int],
    new: list[Write],
    moved: list[Write],
    planned: str,
) -> None:
    """outbox_writes' answer applied, in the order that keeps the once-guard happy:
    cancel, move, insert. (A server-wide replan, in place, has next to nothing to
    cancel, so its moves, the bulk, reach SQLite's thread at once.)"""
    for start in range(0, len(stale), 500):
        chunk = stale[start : start + 500]
        await db.execute(
            "UPDATE alert_outbox NOT INDEXED SET state = 'cancelled' "
            f"WHERE guild_id = ? AND id IN ({marks(chunk)})",
            [guild_id, *chunk],
        )
    if moved:
        await db.execute(_MOVE_ALERTS, (planned, json.dumps(moved), guild_id))
    if new:
        await db.execute(_INSERT_ALERTS, (guild_id, planned, json.dumps(new)))


# A chunk's writes travel as one JSON array each, [[id, kind, due_at], ...], in one
# statement: SQLite works through it without coming back to Python for each row (as
# executemany does, taking the interpreter lock once a row), so it can run while this
# thread plans the next chunk. On bench/replan.py's million-pledge server the moves took
# 5.0 s of SQLite's thread this way against 6.3 s with executemany.
# NOT INDEXED: the outbox is reached by rowid from each array element, never the other
# way round. With some statistics (a file analysed before some of its indexes existed)
# SQLite otherwise walked the server's whole outbox through an index and searched the
# array for each row: a replan's first batch ran for over ten minutes instead of 0.1 s.
_MOVE_ALERTS = (
    "UPDATE alert_outbox NOT INDEXED SET kind = json_extract(m.value, '$[1]'), "
    "due_at = json_extract(m.value, '$[2]'), payload = NULL, created_at = ? "
    "FROM json_each(?) AS m "
    "WHERE alert_outbox.guild_id = ? AND alert_outbox.id = json_extract(m.value, '$[0]')"
)
_INSERT_ALERTS = (
    "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, created_at) "
    "SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
    "json_extract(value, '$[2]'), NULL, ?2 FROM json_each(?3) WHERE true "
    "ON CONFLICT DO NOTHING"
)


_INSERT_ALERT = (
    "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)


async def insert_alert(
    db: aiosqlite.Connection,
    guild_id: int,
    pledge_id: int | None,
    alert: PlannedAlert,
    now: datetime,
) -> None:
    """`now` is stored as the moment it was planned (an alert planned after its moment
    is told as "before it was recorded")."""
    await db.execute(_INSERT_ALERT, alert_values(guild_id, pledge_id, alert, now))
