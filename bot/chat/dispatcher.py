"""The dispatcher: the one task that sends due alerts from the outbox to Discord.

It sleeps until the next alert is due, as RoboDanny's reminder cog does, instead of
polling: the service wakes it when a change may have brought the next alert closer,
and a single sleep never lasts more than an hour (asyncio timers are unreliable past
~48 days, and an idle bot so wakes at most 24 times a day). Each server's alerts are
delivered by a task of their own, so one server's broken channel or rate limit never
holds up another server. What to send and when is decided in bot/core/alerts.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chat import render
from bot.chat.edits import AlertEdits
from bot.chat.followers import Followers
from bot.chat.outage import DATABASE_DOWN, DatabaseOutage
from bot.chat.render import AlertMessage
from bot.chat.sender import (
    AlertSender,
    DeliveryError,
    FailureKind,
    FollowerReach,
    no_answer,
)
from bot.core.alerts import (
    PLANNED_KINDS,
    SINGLE,
    AlertKind,
    Claimed,
    OutboxRow,
    Planner,
    alert_nonce,
    digest_nonce,
    plan_alerts,
    still_wanted,
    transient_backoff,
    unusable_backoff,
)
from bot.core.clock import Clock
from bot.core.model import GuildSettings, Pledge
from bot.core.ports import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DispatcherConfig:
    max_sleep: float = 3600.0  # seconds; see the module docstring
    digest_threshold: int = 5  # more alerts than this at once -> one digest
    batch: int = 100  # rows a server task holds at a time (memory stays flat)
    max_servers: int = 64  # server tasks running at once
    late_after: timedelta = timedelta(minutes=5)  # sent later than this -> marked late
    # Real seconds one send or edit may take before it counts as a transient failure
    # (discord.py's own HTTP calls can wait for minutes in its rate-limit retries).
    send_timeout: float = 30.0
    # Discord remembers a nonce for a few minutes. A retry of a send whose outcome is
    # unknown (a crash, no answer) later than this looks in the channel first.
    nonce_memory: timedelta = timedelta(minutes=2)
    # How long a follower seen as a member of the server is taken to still be one.
    member_check_every: timedelta = timedelta(hours=6)
    # Seconds before trying again after the database failed (busy, unreachable).
    database_retry: float = 60.0


def own_everything(guild_id: int) -> bool:
    return True


@dataclass(slots=True)
class _Unit:
    """One message of a batch: a single alert, or one page of a digest. `nonce` is
    fixed (in the outbox's send_as) before the first send and reused on every retry."""

    nonce: str
    items: list[Claimed]
    digest: bool
    message: AlertMessage | None = field(default=None)  # a page rendered when grouped


class Dispatcher:
    """Sends due alerts. Start with `start()`, stop with `await stop()`; `wake()` is the
    service's on_alerts_changed hook.

    `owns(guild_id)` says whether this process delivers that server's alerts: when
    several processes (each its own shards) share one database, each must deliver only
    the servers of its shards, or every process would claim and post every alert."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        sender: AlertSender,
        *,
        planner: Planner = plan_alerts,
        config: DispatcherConfig | None = None,
        owns: Callable[[int], bool] = own_everything,
        wakeup: asyncio.Event | None = None,
        reach: FollowerReach | None = None,
    ) -> None:
        self.store = store
        self.config = config or DispatcherConfig()
        self.followers = Followers(store, clock, reach, self.config)
        self.edits = AlertEdits(store, clock, sender, self.config.send_timeout)
        self.owns = owns
        self.outbox = store.outbox
        self.clock = clock
        self.sender = sender
        self.planner = planner
        # Set by the service (through the composition root) when a change may have
        # brought the next alert closer; shared so neither has to know the other.
        self._wake = wakeup or asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._servers: dict[int, asyncio.Task[None]] = {}
        self._parked = False
        self._deadline: datetime | None = None
        # Servers with alerts due that wait for one of the max_servers slots; a finishing
        # server task starts the next, so a burst needs no extra look at every server.
        self._backlog: deque[int] = deque()
        # Servers whose failure could not even be recorded (the database failed again):
        # not tried before this moment, held here instead of in the database.
        self._held: dict[int, datetime] = {}
        self._outage = DatabaseOutage(clock, self.config.database_retry)
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

    def server_task(self, guild_id: int) -> asyncio.Task[None] | None:
        """The task delivering this server's alerts right now, if one is."""
        return self._servers.get(guild_id)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- the main loop -------------------------------------------------------------------

    async def _run(self) -> None:
        first = True
        while True:
            try:
                if first:
                    # Inside the guard: a locked or busy database at start-up must not
                    # end the dispatcher before its first pass.
                    claimed = await self.outbox.count_claimed()
                    if claimed:
                        log.info("Retrying %d alert(s) claimed but not confirmed", claimed)
                    first = False
                delay = await self._pass()
            except asyncio.CancelledError:
                raise
            except DATABASE_DOWN as error:
                self._outage.refused(error)  # said once an outage (bot/chat/outage.py)
                delay = self.config.database_retry
            except Exception:
                # A database hiccup must not end alerts for good; try again shortly.
                log.exception("Alert dispatcher pass failed")
                delay = self.config.database_retry
            else:
                if not self._servers and not self._held:
                    # The pass read the database, and no server task (nor a server held
                    # back after a failed write) is left to prove it can be written.
                    self._outage.answered()
            await self._sleep(delay)

    async def _pass(self) -> float:
        """Start a task for every server with an alert due; return how long to sleep."""
        self._wake.clear()
        self.wakeups += 1
        now = self.clock.now()
        # Other processes' servers are left out before anything else: counting their
        # next alert as ours would wake this process for nothing, or spin on it.
        queues = [q for q in await self.outbox.queues() if self.owns(q.guild_id)]
        self._held = {guild: until for guild, until in self._held.items() if until > now}
        next_at: datetime | None = None
        ready: list[int] = []
        for ready_at, guild_id in sorted(
            (self._ready_at(q.guild_id, q.ready_at), q.guild_id) for q in queues
        ):
            if guild_id in self._servers:
                continue  # its task reports back when done
            if ready_at > now:
                next_at = ready_at  # sorted: the first one later than now is the next
                break
            ready.append(guild_id)
        self._backlog = deque(ready)
        self._start_servers()
        if next_at is None:
            return self.config.max_sleep
        return min(self.config.max_sleep, max((next_at - now).total_seconds(), 0.0))

    def _ready_at(self, guild_id: int, ready_at: datetime) -> datetime:
        held = self._held.get(guild_id)
        return ready_at if held is None else max(ready_at, held)

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
        except DATABASE_DOWN as error:
            # Not the server's failure: nothing is recorded against its channel, and its
            # alerts wait here (the database cannot hold the wait) like a failed pass.
            self._outage.refused(error)
            wait = timedelta(seconds=self.config.database_retry)
            self._held[guild_id] = self.clock.now() + wait
        except Exception as error:
            log.exception("Alerts of server %s failed", guild_id)
            try:
                await self._back_off(guild_id, None, "transient", f"internal error: {error!r}", ())
            except Exception as again:
                # The database failed again (busy, unreachable): without a recorded wait,
                # nothing would bring the server back before the main loop's next wake.
                wait = timedelta(seconds=self.config.database_retry)
                self._held[guild_id] = self.clock.now() + wait
                log.warning("Alerts of server %s wait %s: %r", guild_id, wait, again)
        else:
            self._outage.answered()  # it claimed and confirmed: the database writes
        finally:
            next_ready: datetime | None = None
            known = False
            if not cancelled:
                try:
                    queues = await self.outbox.queues(guild_id)
                    next_ready = self._ready_at(guild_id, queues[0].ready_at) if queues else None
                    known = True
                except DATABASE_DOWN as error:
                    self._outage.refused(error)
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
        settings = await self.store.get_settings(guild_id)
        claimed = await self.outbox.claim_due(
            guild_id,
            now,
            limit=self.config.batch,
            late_before=now - self.config.late_after,
            single_up_to=self.config.digest_threshold,
            planner=self.planner,
        )
        if not claimed:
            return 0, False
        live, moot = [], []
        for item in claimed:
            (live if self._wanted(item.row, item.pledge, settings) else moot).append(item)
        await self._skip(guild_id, [item.row.id for item in moot])
        # A deletion's row posts nothing: it only edits, after this batch's messages.
        retiring = [item for item in live if item.row.kind == AlertKind.DELETED]
        live = [item for item in live if item.row.kind != AlertKind.DELETED]
        units = await self._units(guild_id, live)
        # Without moot rows or new rows to fix to messages, nothing was awaited since the
        # pledges were read with the claim: no ruling can have landed in between, and
        # the first message needs no second look (a burst is one alert per server).
        fresh = not moot and all(item.send_as is not None for item in live)
        delivered = await self._deliver(guild_id, channel_id, units, settings, fresh=fresh)
        if delivered:
            delivered = await self._retire(guild_id, channel_id, retiring)
        else:
            await self.outbox.release(guild_id, [item.row.id for item in retiring])
        if delivered and failure is not None:
            await self.outbox.clear_failure(guild_id)
        # A batch of leftover digest pages is claimed alone: what else is due comes next.
        leftover_pages = any(item.send_as not in (None, SINGLE) for item in claimed)
        return len(claimed), delivered and (len(claimed) >= self.config.batch or leftover_pages)

    async def _units(self, guild_id: int, items: list[Claimed]) -> list[_Unit]:
        """The messages this batch goes out in, in due order. Rows already fixed to a
        message keep it; new rows become single messages, or digest pages when more
        than `digest_threshold` fell due together, committed before any is sent."""
        pages: dict[str, list[Claimed]] = {}
        units: list[_Unit] = []
        fresh: list[Claimed] = []
        for item in items:
            if item.send_as is None:
                fresh.append(item)
            elif item.send_as == SINGLE:
                units.append(_Unit(alert_nonce(item.row), [item], digest=False))
            else:
                pages.setdefault(item.send_as, []).append(item)
        units += [_Unit(nonce, page, digest=True) for nonce, page in pages.items()]
        if len(fresh) > self.config.digest_threshold:
            # Listed by pledge number: a reader scans a digest for "their" pledge.
            fresh.sort(key=lambda i: (i.number, i.row.due_at, i.row.id))
            start = 0
            for message, count in await self._digest_pages(guild_id, fresh):
                page = fresh[start : start + count]
                start += count
                units.append(
                    _Unit(digest_nonce([i.row for i in page]), page, digest=True, message=message)
                )
        else:
            units += [_Unit(alert_nonce(i.row), [i], digest=False) for i in fresh]
        await self.outbox.fix_send_as(
            guild_id,
            {
                item.row.id: unit.nonce if unit.digest else SINGLE
                for unit in units
                for item in unit.items
                if item.send_as is None
            },
        )
        units.sort(key=lambda u: min((i.row.due_at, i.row.id) for i in u.items))
        return units

    async def _digest_pages(
        self, guild_id: int, items: list[Claimed], *, links: bool = True
    ) -> list[tuple[AlertMessage, int]]:
        pledge_ids = [i.pledge.id for i in items if i.pledge is not None]
        earlier = await self.outbox.alert_messages(guild_id, pledge_ids) if links else {}
        digest_items = []
        for item in items:
            pledge = item.pledge
            jump = earlier.get(pledge.id) if pledge is not None else None
            digest_items.append(
                render.DigestItem(
                    kind=item.row.kind,
                    number=item.number,
                    promise=pledge.promise if pledge else None,
                    due_at=pledge.due_at if pledge else None,
                    late=item.row.late,
                    payload=item.row.payload,
                    jump_url=render.jump_url(guild_id, *jump) if jump else None,
                    speaker=pledge.speaker if pledge else None,
                    before_added=item.row.planned_late,
                )
            )
        return render.digest_messages(digest_items)

    async def _unit_messages(
        self, guild_id: int, unit: _Unit, items: list[Claimed]
    ) -> list[tuple[str, AlertMessage, list[Claimed]]]:
        """(nonce, message, rows) for a unit about to be sent: normally one message.

        A page sent again (after a crash or failure) is rendered afresh from the rows
        still wanted; should it no longer fit one message (a promise edited, a link to
        a newer alert), it drops its links first and only then spills over into extra
        messages with nonces of their own."""
        if not unit.digest:
            (item,) = items
            return [(unit.nonce, self._message(item), items)]
        if unit.message is not None and len(items) == len(unit.items):
            return [(unit.nonce, unit.message, items)]
        items = sorted(items, key=lambda i: (i.number, i.row.due_at, i.row.id))
        pages = await self._digest_pages(guild_id, items)
        if len(pages) > 1:
            pages = await self._digest_pages(guild_id, items, links=False)
        if len(pages) > 1:
            log.warning("Digest page %s no longer fits one message; splitting it", unit.nonce)
        result, start = [], 0
        for index, (message, count) in enumerate(pages):
            nonce = unit.nonce if index == 0 else f"{unit.nonce}~{index}"[:25]
            result.append((nonce, message, items[start : start + count]))
            start += count
        return result

    def _wanted(self, row: OutboxRow, pledge: Pledge | None, settings: GuildSettings) -> bool:
        return still_wanted(row, pledge, settings, self.planner)

    async def _still_wanted(
        self, items: list[Claimed], settings: GuildSettings, *, fresh: bool
    ) -> list[Claimed]:
        """Right before a send: drop (and skip) the rows a ruling, an extension or a
        deletion made moot since they were claimed. `fresh`: the pledges were read with
        nothing awaited since but this batch's own bookkeeping."""
        if not fresh:
            now = await self.outbox.pledges(
                settings.guild_id,
                sorted({i.row.pledge_id for i in items if i.row.pledge_id is not None}),
            )
            items = [
                Claimed(i.row, now.get(i.row.pledge_id) if i.row.pledge_id else None, i.send_as)
                for i in items
            ]
        live = [i for i in items if self._wanted(i.row, i.pledge, settings)]
        if len(live) < len(items):
            kept = {i.row.id for i in live}
            await self._skip(settings.guild_id, [i.row.id for i in items if i.row.id not in kept])
        return live

    async def _send(self, channel_id: int, message: AlertMessage, nonce: str) -> int:
        """One send, bounded: a request hanging in the HTTP client (or in its internal
        rate-limit retries) must not hold one of the max_servers slots for minutes
        while other servers' alerts wait. Treated as transient: the retry keeps the
        nonce, so a post that did land meanwhile is not posted twice."""
        try:
            async with asyncio.timeout(self.config.send_timeout):
                return await self.sender.send(channel_id, message, nonce=nonce)
        except TimeoutError as error:
            raise no_answer(self.config.send_timeout) from error

    async def _posted_before(self, channel_id: int, nonce: str, rows: list[Claimed]) -> int | None:
        """The message a retried send already posted, found by its reference in the
        channel, when the first attempt's outcome is unknown and Discord may have
        forgotten its nonce by now. Without Read Message History this cannot be seen,
        and the alert is sent again (the nonce still catches a quick retry)."""
        claimed = [i.row.claimed_at for i in rows if i.row.claimed_at is not None]
        if not claimed or min(claimed) > self.clock.now() - self.config.nonce_memory:
            return None
        since = min(claimed) - timedelta(minutes=1)
        try:
            async with asyncio.timeout(self.config.send_timeout):
                return await self.sender.find_posted(channel_id, nonce, since)
        except (DeliveryError, TimeoutError) as error:
            log.warning(
                "Cannot look for alert %s in channel %s (%s); sending it again, which may "
                "post it twice: give the bot Read Message History there",
                nonce,
                channel_id,
                error,
            )
            return None

    async def _deliver(
        self,
        guild_id: int,
        channel_id: int,
        units: list[_Unit],
        settings: GuildSettings,
        *,
        fresh: bool = False,
    ) -> bool:
        """Send the units one by one, each after a last look at its pledges. False after
        a failure that makes the server wait (its unsent rows are back to pending, still
        fixed to their messages)."""
        for index, unit in enumerate(units):
            items = await self._still_wanted(unit.items, settings, fresh=fresh and index == 0)
            if not items:
                continue
            try:
                messages = await self._unit_messages(guild_id, unit, items)
            except Exception:
                log.exception("Could not render alert(s) %s; skipping", [i.row.id for i in items])
                await self._skip(guild_id, [i.row.id for i in items], error="could not be rendered")
                continue
            for nonce, message, rows in messages:
                row_ids = [i.row.id for i in rows]
                try:
                    message_id = await self._posted_before(channel_id, nonce, rows)
                    if message_id is None:
                        message = await self.followers.add_to(guild_id, rows, message, nonce)
                        message = render.with_reference(message, nonce)
                        message_id = await self._send(channel_id, message, nonce)
                    else:
                        log.info("Alert %s was posted before a crash; not posting again", nonce)
                except DeliveryError as error:
                    if error.kind == "rejected":
                        log.error(
                            "Discord refused alert(s) %s: %s; skipping", row_ids, error.reason
                        )
                        await self._skip(guild_id, row_ids, error=error.reason)
                        continue
                    rest = [i.row.id for u in units[index:] for i in u.items]
                    await self._back_off(
                        guild_id,
                        channel_id,
                        error.kind,
                        error.reason,
                        rest,
                        failed=row_ids,
                        retry_after=error.retry_after,
                        outcome_unknown=error.outcome_unknown,
                    )
                    return False
                await self.outbox.confirm(
                    guild_id,
                    row_ids,
                    channel_id=channel_id,
                    message_id=message_id,
                    now=self.clock.now(),
                    digest=unit.digest,
                    replan=[
                        i.row.pledge_id
                        for i in rows
                        if i.row.kind in PLANNED_KINDS and i.row.pledge_id is not None
                    ],
                    planner=self.planner,
                )
                for item in rows:
                    if item.row.kind == AlertKind.STATUS and item.pledge is not None:
                        await self.edits.after_ruling(item.pledge, item.row)
        return True

    async def _skip(self, guild_id: int, row_ids: list[int], *, error: str | None = None) -> None:
        """Skip rows and replan their pledges: the outbox holds only each pledge's next
        alert (issue 15), so the one after a skipped alert is planned with the skip."""
        await self.outbox.skip(
            guild_id, row_ids, error=error, planner=self.planner, now=self.clock.now()
        )

    def _message(self, item: Claimed) -> AlertMessage:
        row, pledge = item.row, item.pledge
        now = self.clock.now()
        if row.kind == AlertKind.STATUS:
            return render.status_message(row.payload or {}, pledge, now)
        if row.kind == AlertKind.DEPENDENCY:
            return render.dependency_message(row.payload or {}, pledge, now)
        assert pledge is not None  # _still_wanted dropped planned alerts of gone pledges
        return render.alert_message(
            row.kind,
            pledge,
            now,
            alert_due=row.due_at,
            late=row.late,
            before_added=row.planned_late,
        )

    async def _retire(self, guild_id: int, channel_id: int, items: list[Claimed]) -> bool:
        """A deleted pledge's alert messages lose their buttons, each deletion's row once
        its edits are done. A transient failure (Discord down, rate limited, no answer)
        puts the rows back to wait like an unsent alert, so the edits are made after the
        outage or a restart; a 403 or 404 is final for those messages. False after a
        failure that makes the server wait."""
        for index, item in enumerate(items):
            row = item.row
            error = await self.edits.after_deletion(guild_id, item)
            if error is not None and error.kind == "transient":
                await self._back_off(
                    guild_id,
                    channel_id,
                    "transient",
                    error.reason,
                    [i.row.id for i in items[index:]],
                    failed=[row.id],
                    retry_after=error.retry_after,
                )
                return False
            await self.outbox.confirm(
                guild_id, [row.id], channel_id=channel_id, message_id=None, now=self.clock.now()
            )
        return True

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
        outcome_unknown: bool = False,
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
        await self.outbox.release(
            guild_id,
            list(row_ids),
            failed=failed,
            error=state.last_error,
            outcome_unknown=outcome_unknown,
        )
        log.warning(
            "Alerts of server %s wait until %s (%s failure %d in channel %s: %s)",
            guild_id,
            state.retry_at.isoformat(),
            kind,
            state.failures,
            channel,
            reason,
        )
