"""Which alerts a pledge gets, and when (pure); and the dispatcher that sends them.

The plan is recomputed after every change to a pledge (ruling, extension, edit,
deletion) and the store swaps the still-pending rows for the new plan, so a ruling
cancels the follow-ups and an extension moves the due alert, in the same transaction
as the change itself.

The dispatcher is one asyncio task that sleeps until the next alert is due, as
RoboDanny's reminder cog does, instead of polling: the service wakes it when a change
may have brought the next alert closer, and a single sleep never lasts more than an
hour (asyncio timers are unreliable past ~48 days, and an idle bot so wakes at most 24
times a day). Each server's alerts are delivered by a task of their own, so one
server's broken channel or rate limit never holds up another server.
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal, Protocol

import aiohttp
import discord

from bot import render
from bot.clock import Clock
from bot.pledges import GuildSettings, Pledge, Status
from db.outbox import Claimed, Outbox
from db.store import PLANNED_KINDS, OutboxRow, PlannedAlert, Store

if TYPE_CHECKING:
    from bot.render import AlertMessage

log = logging.getLogger(__name__)

# -- the plan (pure) ---------------------------------------------------------------------


def _schedule(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    """Every alert moment of the pledge, up to and including the first one after `now`.

    Endless repeats are planned lazily: when the first one after "now" is sent the
    pledge is replanned, which adds the next."""
    moments: list[PlannedAlert] = []
    if pledge.due_at is None:
        # Reviews count from when the pledge was said: a promise made months ago with
        # no deadline is due for a look now, not a month after someone recorded it.
        every = timedelta(days=settings.review_days)
        moment = pledge.said_at + every
        while True:
            moments.append(PlannedAlert("review", moment))
            if moment > now:
                return moments
            moment += every
    due = pledge.due_at
    if settings.heads_up_minutes > 0:
        heads_up = due - timedelta(minutes=settings.heads_up_minutes)
        # Recorded after the heads-up moment: a heads-up would only repeat the news.
        if heads_up > pledge.created_at:
            moments.append(PlannedAlert("heads_up", heads_up))
    moments.append(PlannedAlert("due", due))
    follow_ups = sorted(set(settings.follow_up_days))
    moments += [PlannedAlert("follow_up", due + timedelta(days=d)) for d in follow_ups]
    every = timedelta(days=settings.repeat_days)
    moment = due + timedelta(days=follow_ups[-1] if follow_ups else 0) + every
    while True:
        moments.append(PlannedAlert("follow_up", moment))
        if moment > now:
            return moments
        moment += every


def plan_alerts(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    """The alerts an open pledge should have in the outbox: all still to come, plus the
    most recent one already due.

    Only the most recent past moment is kept because a missed alert is sent late but
    once: a pledge recorded (or reopened, or seen again after downtime) after several
    of its moments passed gets one catch-up alert, never a string of stale ones. The
    outbox's unique index keeps an alert that was already sent or skipped from being
    planned a second time."""
    if pledge.status is not Status.OPEN or pledge.deleted_at is not None:
        return []
    moments = _schedule(pledge, settings, now)
    past = [a for a in moments if a.due_at <= now]
    return past[-1:] + [a for a in moments if a.due_at > now]


# -- sending -------------------------------------------------------------------------------

FailureKind = Literal["unusable", "transient", "rejected"]


class DeliveryError(Exception):
    """Why a message did not reach the alert channel, sorted by what to do about it:

    * unusable  - the channel is gone or the bot may not post there (404/403): wait,
      tell the server, and retry no more than every ten minutes;
    * transient - rate limited, Discord's 5xx, network trouble: retry with backoff;
    * rejected  - Discord refused this message itself (400): retrying cannot help.
    """

    def __init__(
        self,
        kind: FailureKind,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class AlertSender(Protocol):
    """The dispatcher's only contact with Discord; tests hand in a fake."""

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        """Post and return the new message's id; raise DeliveryError on failure."""

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        """Replace an alert message's text, card and buttons; raise DeliveryError."""


class DiscordSender:
    """Sends through discord.py's REST client, by channel id (no cache needed).

    discord.py 2.7 sends `nonce` with `enforce_nonce: true` whenever a nonce is given,
    so Discord returns the first message instead of posting a second one when the same
    nonce comes again within a few minutes: a resend after a crash is deduplicated."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        channel = self.client.get_partial_messageable(channel_id)
        with _delivery_errors():
            sent = await channel.send(
                content=message.content,
                embeds=message.embeds,
                view=message.view,  # type: ignore[arg-type]  # None sends no components
                nonce=nonce,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        return sent.id

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        partial = self.client.get_partial_messageable(channel_id).get_partial_message(message_id)
        with _delivery_errors():
            await partial.edit(
                content=message.content,
                embeds=message.embeds,
                view=message.view,
                allowed_mentions=discord.AllowedMentions.none(),
            )


@contextmanager
def _delivery_errors() -> Iterator[None]:
    """discord.py's and aiohttp's exceptions -> DeliveryError."""
    try:
        yield
    except discord.Forbidden as error:
        raise DeliveryError("unusable", "403: missing permissions there", status=403) from error
    except discord.NotFound as error:
        raise DeliveryError("unusable", "404: the channel no longer exists", status=404) from error
    except discord.RateLimited as error:
        raise DeliveryError(
            "transient", "rate limited", status=429, retry_after=error.retry_after
        ) from error
    except discord.HTTPException as error:
        if error.status == 429 or error.status >= 500:
            raise DeliveryError(
                "transient", f"Discord answered {error.status}", status=error.status
            ) from error
        raise DeliveryError(
            "rejected",
            f"Discord refused the message ({error.status}: {error.text})",
            status=error.status,
        ) from error
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise DeliveryError("transient", f"network error: {error!r}") from error


def alert_nonce(row: OutboxRow) -> str:
    """Stable for a row across restarts, distinct between rows and databases; Discord
    accepts nonces of up to 25 characters."""
    check = zlib.crc32(f"{row.id}:{row.guild_id}:{row.kind}:{row.due_at.isoformat()}".encode())
    return f"pw{row.id}.{check:08x}"[:25]


def digest_nonce(rows: Sequence[OutboxRow]) -> str:
    check = zlib.crc32(",".join(str(row.id) for row in rows).encode())
    return f"pwd{rows[0].id}.{check:08x}"[:25]


def unusable_backoff(failures: int) -> timedelta:
    """403/404: ten minutes, doubling to an hour. Discord bans an IP after 10,000
    invalid requests in ten minutes, so these are never retried in a loop."""
    return timedelta(minutes=min(10 * 2 ** min(failures - 1, 3), 60))


def transient_backoff(failures: int) -> timedelta:
    """429/5xx/network: 30 seconds, doubling to ten minutes."""
    return timedelta(seconds=min(30 * 2 ** min(failures - 1, 5), 600))


Planner = Callable[[Pledge, GuildSettings, datetime], list[PlannedAlert]]


@dataclass(frozen=True, slots=True)
class DispatcherConfig:
    max_sleep: float = 3600.0  # seconds; see the module docstring
    digest_threshold: int = 5  # more alerts than this at once -> one digest
    batch: int = 100  # rows a server task holds at a time (memory stays flat)
    max_servers: int = 64  # server tasks running at once
    late_after: timedelta = timedelta(minutes=5)  # sent later than this -> marked late


class Dispatcher:
    """Sends due alerts. Start with `start()`, stop with `await stop()`; `wake()` is the
    service's on_alerts_changed hook."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        sender: AlertSender,
        *,
        planner: Planner = plan_alerts,
        config: DispatcherConfig | None = None,
    ) -> None:
        self.store = store
        self.outbox = Outbox(store)
        self.clock = clock
        self.sender = sender
        self.planner = planner
        self.config = config or DispatcherConfig()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._servers: dict[int, asyncio.Task[None]] = {}
        self._parked = False
        self._deadline: datetime | None = None
        # Servers with alerts due that wait for one of the max_servers slots; a finishing
        # server task starts the next, so a burst needs no extra look at every server.
        self._backlog: deque[int] = deque()
        self.wakeups = 0  # passes of the main loop, for tests and the benchmark

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="pledgewatch-alert-dispatcher")

    async def stop(self) -> None:
        tasks = [t for t in (self._task, *self._servers.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None
        self._servers.clear()
        self._backlog.clear()

    def wake(self) -> None:
        """Something changed (a pledge, a ruling, the alert channel): look again now."""
        self._wake.set()

    @property
    def idle(self) -> bool:
        """Parked in its sleep with nothing in flight (tests wait for this)."""
        return self._parked and not self._wake.is_set() and not self._servers and not self._backlog

    @property
    def sleeping_until(self) -> datetime | None:
        """When the main loop will wake by itself, if it is asleep now."""
        return self._deadline if self._parked and not self._wake.is_set() else None

    @property
    def busy_servers(self) -> frozenset[int]:
        """Servers whose alerts are being delivered right now."""
        return frozenset(self._servers)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- the main loop -------------------------------------------------------------------

    async def _run(self) -> None:
        claimed = await self.outbox.count_claimed()
        if claimed:
            log.info("Retrying %d alert(s) claimed but not confirmed before a restart", claimed)
        while True:
            try:
                delay = await self._pass()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A database hiccup must not end alerts for good; try again shortly.
                log.exception("Alert dispatcher pass failed")
                delay = 60.0
            await self._sleep(delay)

    async def _pass(self) -> float:
        """Start a task for every server with an alert due; return how long to sleep."""
        self._wake.clear()
        self.wakeups += 1
        now = self.clock.now()
        queues = await self.outbox.queues()
        next_at: datetime | None = None
        ready: list[int] = []
        for queue in queues:
            if queue.guild_id in self._servers:
                continue  # its task reports back when done
            if queue.ready_at > now:
                next_at = queue.ready_at  # sorted: the first one later than now is the next
                break
            ready.append(queue.guild_id)
        self._backlog = deque(ready)
        self._start_servers()
        if next_at is None:
            return self.config.max_sleep
        return min(self.config.max_sleep, max((next_at - now).total_seconds(), 0.0))

    def _start_servers(self) -> None:
        while self._backlog and len(self._servers) < self.config.max_servers:
            guild_id = self._backlog.popleft()
            if guild_id not in self._servers:
                self._servers[guild_id] = asyncio.create_task(
                    self._serve(guild_id), name=f"pledgewatch-alerts-{guild_id}"
                )

    async def _sleep(self, delay: float) -> None:
        """Sleep on the injected clock until `delay` passes or `wake()` is called."""
        if self._wake.is_set():
            return
        self._deadline = self.clock.now() + timedelta(seconds=delay)
        sleeper = asyncio.ensure_future(self.clock.sleep(delay))
        waker = asyncio.ensure_future(self._wake.wait())
        self._parked = True
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._parked = False
            self._deadline = None
            for pending in (sleeper, waker):
                pending.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)

    # -- one server ----------------------------------------------------------------------

    async def _serve(self, guild_id: int) -> None:
        cancelled = False
        claimed = 0
        try:
            more = True
            while more:
                count, more = await self._serve_batch(guild_id)
                claimed += count
        except asyncio.CancelledError:
            cancelled = True
            raise
        except Exception as error:
            log.exception("Alerts of server %s failed", guild_id)
            await self._back_off(guild_id, None, "transient", f"internal error: {error!r}", ())
        finally:
            next_ready: datetime | None = None
            known = False
            if not cancelled:
                try:
                    queues = await self.outbox.queues(guild_id)
                    next_ready = queues[0].ready_at if queues else None
                    known = True
                except Exception:
                    log.exception("Could not read server %s's next alert", guild_id)
            del self._servers[guild_id]
            if not cancelled:
                self._start_servers()
                self._report_done(guild_id, next_ready, known=known, progressed=claimed > 0)

    def _report_done(
        self, guild_id: int, next_ready: datetime | None, *, known: bool, progressed: bool
    ) -> None:
        """Wake the main loop only if this server's next alert comes before the main
        loop meant to wake anyway: during a burst, hundreds of servers finish, and a
        full look at every server after each of them would slow the burst down.

        Synchronous on purpose: between leaving `_servers` and this decision there is
        no await, so the main loop cannot skip the server as busy and then miss it."""
        if not known or not self._parked or self._deadline is None:
            self._wake.set()
        elif next_ready is None:
            return
        elif next_ready <= self.clock.now() and not progressed:
            # Due, yet its task could claim nothing: waking again now would spin. (New
            # alerts wake the main loop through the service.)
            log.debug("Server %s has alerts due that its run could not claim", guild_id)
        elif next_ready < self._deadline:
            self._wake.set()

    async def _serve_batch(self, guild_id: int) -> tuple[int, bool]:
        """Claim and deliver one batch: (rows claimed, whether there may be more now)."""
        channel_id, failure = await self.outbox.guild_state(guild_id)
        if channel_id is None:
            return 0, False  # unset meanwhile: the alerts wait for a channel
        now = self.clock.now()
        if failure is not None and failure.channel_id == channel_id and failure.retry_at > now:
            return 0, False
        claimed = await self.outbox.claim_due(
            guild_id, now, limit=self.config.batch, late_before=now - self.config.late_after
        )
        if not claimed:
            return 0, False
        live, moot = [], []
        for item in claimed:
            (live if _still_relevant(item) else moot).append(item)
        await self.outbox.skip([item.row.id for item in moot])
        delivered = await self._deliver(guild_id, channel_id, live)
        if delivered and failure is not None:
            await self.outbox.clear_failure(guild_id)
        return len(claimed), delivered and len(claimed) >= self.config.batch

    async def _deliver(self, guild_id: int, channel_id: int, items: list[Claimed]) -> bool:
        """Send one by one, or as a digest when many fell due together. False after a
        failure that makes the server wait (its unsent rows are back to pending)."""
        if not items:
            return True
        if len(items) > self.config.digest_threshold:
            return await self._deliver_digest(guild_id, channel_id, items)
        for index, item in enumerate(items):
            row = item.row
            try:
                message = self._message(item)
            except Exception:
                log.exception("Could not render alert %s; skipping it", row.id)
                await self.outbox.skip([row.id], error="could not be rendered")
                continue
            try:
                message_id = await self.sender.send(channel_id, message, nonce=alert_nonce(row))
            except DeliveryError as error:
                if error.kind == "rejected":
                    log.error("Discord refused alert %s: %s; skipping it", row.id, error.reason)
                    await self.outbox.skip([row.id], error=error.reason)
                    continue
                rest = [i.row.id for i in items[index:]]
                await self._back_off(
                    guild_id,
                    channel_id,
                    error.kind,
                    error.reason,
                    rest,
                    failed=[row.id],
                    retry_after=error.retry_after,
                )
                return False
            await self.outbox.confirm(
                [row.id],
                channel_id=channel_id,
                message_id=message_id,
                now=self.clock.now(),
                replan=[row.pledge_id] if row.kind in ("follow_up", "review") else (),
                planner=self._next_alerts,
            )
            if row.kind == "status" and item.pledge is not None:
                await self._update_alert_message(item.pledge, row)
        return True

    async def _deliver_digest(self, guild_id: int, channel_id: int, items: list[Claimed]) -> bool:
        # Listed by pledge number: a reader scans a digest for "their" pledge.
        items = sorted(items, key=lambda i: (_number(i), i.row.due_at, i.row.id))
        pledge_ids = [i.pledge.id for i in items if i.pledge is not None]
        earlier = await self.outbox.alert_messages(pledge_ids)
        digest_items = []
        for item in items:
            pledge = item.pledge
            jump = earlier.get(pledge.id) if pledge is not None else None
            digest_items.append(
                render.DigestItem(
                    kind=item.row.kind,
                    number=_number(item),
                    promise=pledge.promise if pledge else None,
                    due_at=pledge.due_at if pledge else None,
                    late=item.row.late,
                    payload=item.row.payload,
                    jump_url=render.jump_url(guild_id, *jump) if jump else None,
                )
            )
        start = 0
        for message, count in render.digest_messages(digest_items):
            chunk = items[start : start + count]
            rows = [i.row for i in chunk]
            try:
                message_id = await self.sender.send(channel_id, message, nonce=digest_nonce(rows))
            except DeliveryError as error:
                if error.kind == "rejected":
                    log.error("Discord refused a digest: %s; skipping its alerts", error.reason)
                    await self.outbox.skip([r.id for r in rows], error=error.reason)
                    start += count
                    continue
                rest = [i.row.id for i in items[start:]]
                await self._back_off(
                    guild_id,
                    channel_id,
                    error.kind,
                    error.reason,
                    rest,
                    failed=[r.id for r in rows],
                    retry_after=error.retry_after,
                )
                return False
            await self.outbox.confirm(
                [r.id for r in rows],
                channel_id=channel_id,
                message_id=message_id,
                now=self.clock.now(),
                digest=True,
                replan=[r.pledge_id for r in rows if r.kind in ("follow_up", "review")],
                planner=self._next_alerts,
            )
            for item in chunk:
                if item.row.kind == "status" and item.pledge is not None:
                    await self._update_alert_message(item.pledge, item.row)
            start += count
        return True

    def _next_alerts(
        self, pledge: Pledge, settings: GuildSettings, now: datetime
    ) -> list[PlannedAlert]:
        """The plan after an alert went out: only what is still to come. The alert just
        sent stands for every moment up to now; after long downtime the plan's "most
        recent past moment" can be a later one the outbox never held, and sending it
        too would be a second catch-up for the same pledge."""
        return [alert for alert in self.planner(pledge, settings, now) if alert.due_at > now]

    def _message(self, item: Claimed) -> AlertMessage:
        row, pledge = item.row, item.pledge
        now = self.clock.now()
        if row.kind == "status":
            return render.status_message(row.payload or {}, pledge, now)
        if row.kind == "dependency":
            return render.dependency_message(row.payload or {}, pledge, now)
        assert pledge is not None  # _still_relevant
        return render.alert_message(row.kind, pledge, now, alert_due=row.due_at, late=row.late)

    async def _update_alert_message(self, pledge: Pledge, row: OutboxRow) -> None:
        """After a ruling (from a command or a button), the pledge's alert message shows
        the outcome instead of the question. Best effort: the status update itself is
        what must arrive; a deleted alert message needs no edit."""
        found = (await self.outbox.alert_messages([pledge.id])).get(pledge.id)
        if found is None:
            return
        channel_id, message_id = found
        current = await self.store.get_pledge_by_id(pledge.id)
        if current is None:
            return
        actor = (row.payload or {}).get("actor_id")
        try:
            await self.sender.edit(
                channel_id,
                message_id,
                render.ruled_alert(current, self.clock.now(), actor_id=actor),
            )
        except DeliveryError as error:
            log.info("Could not edit alert message %s: %s", message_id, error.reason)

    async def _back_off(
        self,
        guild_id: int,
        channel_id: int | None,
        kind: FailureKind,
        reason: str,
        row_ids: Sequence[int],
        *,
        failed: Sequence[int] = (),
        retry_after: float | None = None,
    ) -> None:
        now = self.clock.now()
        settings = await self.store.get_settings(guild_id)
        channel = channel_id or settings.alert_channel_id or 0

        def backoff(failures: int) -> timedelta:
            if kind == "unusable":
                return unusable_backoff(failures)
            wait = transient_backoff(failures)
            if retry_after:
                wait = max(wait, timedelta(seconds=retry_after))
            return wait

        state = await self.outbox.record_failure(
            guild_id,
            channel,
            now=now,
            backoff=backoff,
            error=lambda retry_at: render.alert_failure_text(channel, reason, retry_at),
        )
        await self.outbox.release(list(row_ids), failed=failed, error=state.last_error)
        log.warning(
            "Alerts of server %s wait until %s (%s failure %d: %s)",
            guild_id,
            state.retry_at.isoformat(),
            kind,
            state.failures,
            reason,
        )


def _number(item: Claimed) -> int:
    if item.pledge is not None:
        return item.pledge.number
    return int((item.row.payload or {}).get("number", 0))


def _still_relevant(item: Claimed) -> bool:
    """A planned alert about a pledge that was ruled, deleted or removed meanwhile is
    moot (the replan normally cancels it first; this covers a race with the claim)."""
    pledge = item.pledge
    if item.row.kind in PLANNED_KINDS:
        return pledge is not None and pledge.deleted_at is None and pledge.status is Status.OPEN
    if item.row.kind == "dependency":
        return pledge is not None and pledge.deleted_at is None
    return True
