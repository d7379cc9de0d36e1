"""Soak: the real bot process (`python -m bot run`) against the fake Discord for a set
time, with members at work and things going wrong; then count what was lost or doubled.
Prints figures; asserts nothing (tests/e2e/test_soak_e2e.py runs a 1-minute form and
asserts on its figures).

    .venv/bin/python bench/soak.py [--minutes 10] [--seed N] [--keep DIR]

What happens, all on 127.0.0.1 and on the real clock (the bot process has no other):
* Setup: the fake Discord (tests/fakediscord, 2 servers) starts in this event loop, the
  command tree is registered as `python -m bot sync` would, the bot process starts on a
  fresh database, and a moderator sets each server's alert channel and the quickest
  schedule `/pledgewatch alerts` allows: heads-up 1 hour before, follow-up 1 day after,
  then daily.
* Members (one task per member and server) add pledges whose alerts fall due within
  the run: "in N minutes" (the due alert), "in 60+N minutes" (the heads-up), and said
  "1440 minutes ago" with "in N minutes" (the 1-day follow-up in N minutes, and a late
  catch-up for the deadline that passed yesterday at once), N from 1 to 8 and within
  the run. Status updates follow every ruling. They rule and extend by command, click
  Fulfilled/Partly/Broken/Extend... on alerts (Extend fills in its form), and look
  pledges up.
* Chaos (one task): `kill -9` of the bot process, restarted on the same database after
  0.1-4 s; a third of the kills at a random moment, a third just after a member's
  command went out, a third while an alert's post has reached the fake but its answer
  is held back (so the bot cannot have recorded it). In runs of 10 minutes or more,
  one outage per 10 minutes outlasts the dispatcher's nonce memory, with the fake's
  nonce memory switched off until the backlog is out (Discord has forgotten by then):
  only the reference lookup stands between that crash mid-post and a second post.
  Gateway cuts (resume or re-IDENTIFY); bursts of 500/502/503/429 answers on the routes
  the bot uses, each burst bounded in count (1-3 answers a route) and time (2-8 s).
* Quiet: members and chaos stop, the bot is up, and the run waits (bounded) until the
  database has no alert waiting whose moment has passed; then the bot gets SIGTERM.

What counts:
* A command is "answered" when the bot's reply reached the member (the fake saw the
  callback and any "thinking..." was resolved); killed mid-command, the member sees
  no answer: "unanswered", never lost.
* An add is "acknowledged" when the member saw "Recorded pledge #N.". Lost: an
  acknowledged add with no pledge #N carrying its (unique) promise in the database.
  An add the bot recorded but never answered (killed between the commit and the reply)
  is counted apart ("recorded, unanswered"), neither lost nor acknowledged. Duplicated:
  two pledges with one add's promise (acknowledged or not).
* Alerts due: the outbox rows of the run whose moment is more than the grace period
  before the end, except rows cancelled by a replan or skipped silently because the
  pledge no longer wanted them (ruled, extended); plus, from each open pledge's plan
  at that moment (bot.core.alerts.plan_alerts), its latest passed moment if the
  outbox has no row for it (never planned = lost). Posted: the row's message is in the
  channel, found by its reference (the nonce; "Alert pw<id>.<hex>" in the footer or
  last line). Lost: due and not posted. Duplicated: every channel message beyond the
  first that carries the same reference.
* `PRAGMA integrity_check` of the database file after the bot stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import secrets
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.chat.dispatcher import DispatcherConfig  # noqa: E402
from bot.core.alerts import SINGLE, OutboxRow, alert_nonce, plan_alerts  # noqa: E402
from bot.core.clock import SystemClock  # noqa: E402
from db.store import Store  # noqa: E402
from tests.fakediscord import (  # noqa: E402
    CommandNotAvailable,
    FakeDiscord,
    FakeGuild,
    InteractionResult,
    InteractionTimeout,
    InvalidInteraction,
)

REFERENCE = re.compile(r"Alert (pwd?\d+\.[0-9a-f]{8}(?:~\d+)?)")
RULINGS = ("fulfilled", "partly fulfilled", "broken")
# An outage longer than the dispatcher's nonce memory, with Discord's memory gone too,
# makes a crash mid-send depend on the reference lookup.
NONCE_MEMORY = DispatcherConfig().nonce_memory
COMMAND_TIMEOUT = 12.0  # a member gives up on an answer after this long
START_TIMEOUT = 90.0
CLOCK = SystemClock()  # the bot process runs on the real clock, so does everything here


@dataclass
class SoakConfig:
    seconds: float = 600.0  # members and chaos at work
    quiet_max: float = 120.0  # at most this long for what is due to be delivered
    grace: float = 60.0  # alerts due this close to the end are not judged
    calm: float = 0.0  # the last seconds of the active phase: members only, no chaos
    members: int = 2  # member tasks per server
    kill_every: tuple[float, float] = (20.0, 70.0)
    cut_every: tuple[float, float] = (15.0, 45.0)
    burst_every: tuple[float, float] = (10.0, 30.0)
    long_outages: int = 0  # outages longer than the nonce memory (runs >= 10 minutes)
    seed: int | None = None
    log: Callable[[str], None] = print


@dataclass
class Figures:
    kills: int = 0
    long_outages: int = 0
    history_reads: int = 0  # the dispatcher looking for an alert's reference in a channel
    gateway_cuts: int = 0
    bursts: int = 0
    injected_errors: int = 0
    commands_sent: int = 0
    commands_answered: int = 0
    clicks_sent: int = 0
    clicks_answered: int = 0
    adds_sent: int = 0
    adds_acknowledged: int = 0
    adds_recorded_unanswered: int = 0
    pledges_in_db: int = 0
    lost_pledges: int = 0
    duplicated_pledges: int = 0
    alerts_due: int = 0
    alerts_posted: int = 0
    alerts_not_judged: int = 0
    lost_alerts: int = 0
    never_planned: int = 0
    duplicated_alerts: int = 0
    alert_messages: int = 0
    digests: int = 0
    integrity: str = "not checked"
    bot_errors: int = 0  # ERROR lines and tracebacks in the bot's log
    seed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.lost_pledges + self.lost_alerts

    @property
    def duplicated(self) -> int:
        return self.duplicated_pledges + self.duplicated_alerts


@dataclass
class Add:
    guild_id: int
    promise: str
    acknowledged: int | None = None  # the number the member was told


class SoakDiscord(FakeDiscord):
    """The fake, able to be slow: while `post_delay` is set, a channel message is stored
    at once but its answer is held back that long, so a kill lands between Discord
    posting an alert and the bot learning (and recording) that it did."""

    post_delay = 0.0

    async def _create_channel_message(self, call: Any, channel_id: str) -> tuple[int, Any]:
        answer = await super()._create_channel_message(call, channel_id)
        if self.post_delay:
            await asyncio.sleep(self.post_delay)
        return answer


# -- the bot process -----------------------------------------------------------------


class BotProcess:
    """`python -m bot run` as an operator starts it, pointed at the fake; killed with
    SIGKILL and started again on the same database file."""

    def __init__(self, fake: SoakDiscord, db_path: Path, log_path: Path) -> None:
        self.fake = fake
        self.db_path = db_path
        self.log_path = log_path
        self.process: asyncio.subprocess.Process | None = None
        self.up = asyncio.Event()

    def _env(self) -> dict[str, str]:
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))
        }
        env.update(
            DISCORD_TOKEN=self.fake.token,
            DISCORD_API_BASE=self.fake.api_base,
            PLEDGEWATCH_DB=str(self.db_path),
            PLEDGEWATCH_LOG_LEVEL="WARNING",
            PYTHONPATH=str(ROOT),
        )
        return env

    async def start(self) -> None:
        """Start the process and wait until it is connected; a start that does not get
        there in time is killed and tried again (three tries in all)."""
        for attempt in range(3):
            try:
                return await self._start()
            except AssertionError:
                await self.kill()
                if attempt == 2:
                    raise

    def errors(self) -> int:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return sum(1 for line in text.splitlines() if "ERROR" in line or "Traceback" in line)

    async def _start(self) -> None:
        identified = len(self.fake.ops(2)) + 1  # op 2 IDENTIFY: one READY each
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self.db_path.parent,
                env=self._env(),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        ready = asyncio.ensure_future(
            self.fake.wait_for_bot(identified=identified, timeout=START_TIMEOUT)
        )
        ended = asyncio.ensure_future(self.process.wait())
        await asyncio.wait({ready, ended}, return_when=asyncio.FIRST_COMPLETED)
        for task in (ready, ended):
            task.cancel()
        await asyncio.gather(ready, ended, return_exceptions=True)
        if ended.done() and not ended.cancelled():
            raise AssertionError(f"the bot process ended ({ended.result()}); see {self.log_path}")
        ready.result()  # AssertionError if it did not connect in time
        self.up.set()

    async def kill(self) -> None:
        self.up.clear()
        if self.process is not None and self.process.returncode is None:
            self.process.kill()  # SIGKILL: no cleanup, like a crash or a power cut
            await self.process.wait()

    async def stop(self) -> int | None:
        """SIGTERM, as an operator stops it; SIGKILL if it has not ended in 30 s."""
        self.up.clear()
        process = self.process
        if process is None or process.returncode is not None:
            return None if process is None else process.returncode
        process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(process.wait(), timeout=30)
        except TimeoutError:
            process.kill()
            await process.wait()
            return None


# -- members -------------------------------------------------------------------------


class Members:
    """What members do, and what they were told."""

    def __init__(
        self, fake: FakeDiscord, bot: BotProcess, config: SoakConfig, figures: Figures
    ) -> None:
        self.fake = fake
        self.bot = bot
        self.config = config
        self.figures = figures
        self.rng = random.Random(config.seed)
        self.run_id = secrets.token_hex(3)
        self.adds: list[Add] = []
        self.numbers: dict[int, list[int]] = {}  # guild -> acknowledged pledge numbers
        self.active_until = 0.0  # loop time
        self.sending = asyncio.Event()  # set as a command goes out (chaos aims kills at it)

    async def command(
        self, guild: FakeGuild, name: str, options: dict[str, Any], **kw: Any
    ) -> InteractionResult | None:
        """One slash command; None when the member saw no answer."""
        self.figures.commands_sent += 1
        self.sending.set()
        try:
            result = await self.fake.invoke(guild, name, options, timeout=COMMAND_TIMEOUT, **kw)
        except (InteractionTimeout, RuntimeError):
            return None  # no answer (killed, cut, or no session at all)
        self.figures.commands_answered += 1
        return result

    async def click(self, message_id: int, custom_id: str) -> InteractionResult | None:
        self.figures.clicks_sent += 1
        try:
            result = await self.fake.click(message_id, custom_id, timeout=COMMAND_TIMEOUT)
        except (InteractionTimeout, RuntimeError):
            return None
        except InvalidInteraction:
            self.figures.clicks_sent -= 1  # the button went (ruled meanwhile): not a click
            return None
        self.figures.clicks_answered += 1
        return result

    def _minutes_left(self) -> int:
        return int((self.active_until - asyncio.get_running_loop().time()) // 60)

    async def add(self, guild: FakeGuild) -> None:
        """A pledge whose first alert falls due within the run (or at once)."""
        minutes = self.rng.randint(1, max(1, min(8, self._minutes_left())))
        kind = self.rng.choice(("due", "heads_up", "follow_up", "follow_up"))
        options: dict[str, Any] = {"speaker": self.rng.choice(("Mark Rutte", "Ursula Vance"))}
        if kind == "due":
            options["deadline"] = f"in {minutes} minutes"
        elif kind == "heads_up":
            options["deadline"] = f"in {60 + minutes} minutes"
        else:
            options |= {"said_on": "1440 minutes ago", "deadline": f"in {minutes} minutes"}
        add = Add(guild.id, f"soak {self.run_id} pledge {len(self.adds) + 1} ({kind})")
        self.adds.append(add)
        self.figures.adds_sent += 1
        result = await self.command(guild, "pledge add", options | {"promise": add.promise})
        found = re.match(r"Recorded pledge #(\d+)\.", (result.content or "") if result else "")
        if found:
            add.acknowledged = int(found.group(1))
            self.figures.adds_acknowledged += 1
            self.numbers.setdefault(guild.id, []).append(add.acknowledged)

    async def rule_or_extend(self, guild: FakeGuild) -> None:
        numbers = self.numbers.get(guild.id)
        if not numbers:
            return await self.add(guild)
        number = self.rng.choice(numbers)
        if self.rng.random() < 0.6:
            options = {"number": number, "status": self.rng.choice(RULINGS), "note": "soak"}
            await self.command(guild, "pledge mark", options)
        else:
            minutes = self.rng.randint(1, max(1, min(5, self._minutes_left())))
            options = {"number": number, "deadline": f"in {minutes} minutes"}
            await self.command(guild, "pledge extend", options)

    async def click_alert(self, guild: FakeGuild) -> None:
        """Fulfilled/Partly/Broken on a recent alert, or Extend... and its form."""
        offers = [
            (m.id, c["custom_id"])
            for m in self.fake.messages(guild.alert_channel_id)[-20:]
            for c in m.buttons()
            if str(c.get("custom_id", "")).startswith(("pledge:rule:", "pledge:extend:"))
            and not c.get("disabled")
        ]
        if not offers:
            return await self.show(guild)
        message_id, custom_id = self.rng.choice(offers)
        opened = await self.click(message_id, custom_id)
        if opened is None or opened.modal is None:
            return
        minutes = self.rng.randint(1, max(1, min(5, self._minutes_left())))
        values = {"deadline": f"in {minutes} minutes", "reason": "soak: asked for more time"}
        self.figures.commands_sent += 1
        try:
            await self.fake.submit_modal(opened, values, timeout=COMMAND_TIMEOUT)
        except (InteractionTimeout, RuntimeError, InvalidInteraction):
            return
        self.figures.commands_answered += 1

    async def show(self, guild: FakeGuild) -> None:
        numbers = self.numbers.get(guild.id)
        if numbers:
            await self.command(guild, "pledge show", {"number": self.rng.choice(numbers)})

    async def work(self, guild: FakeGuild) -> None:
        """One member in one server until the active phase ends."""
        loop = asyncio.get_running_loop()
        actions: list[tuple[float, Callable[[FakeGuild], Awaitable[None]]]] = [
            (0.45, self.add),
            (0.2, self.rule_or_extend),
            (0.25, self.click_alert),
            (0.1, self.show),
        ]
        while loop.time() < self.active_until:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.bot.up.wait(), self.active_until - loop.time())
            if loop.time() >= self.active_until:
                break
            action = self.rng.choices([a for _, a in actions], [w for w, _ in actions])[0]
            try:
                await action(guild)
            except CommandNotAvailable as error:  # a bug in this script, not in the bot
                self.figures.problems.append(f"command not available: {error}")
                return
            await asyncio.sleep(self.rng.uniform(0.2, 1.5))  # a member's pace, not a wait


# -- chaos ---------------------------------------------------------------------------

BURST_ROUTES = (
    "POST /channels/{channel_id}/messages",
    "GET /channels/{channel_id}/messages",
    "POST /interactions/**",
    "PATCH /webhooks/**",
    "POST /webhooks/**",
    "PATCH /channels/{channel_id}/messages/{message_id}",
)


class Chaos:
    def __init__(self, fake: SoakDiscord, bot: BotProcess, members: Members) -> None:
        self.fake = fake
        self.bot = bot
        self.members = members
        self.config = config = members.config
        self.figures = members.figures
        self.rng = random.Random(None if config.seed is None else config.seed + 1)
        self.long_outages_left = config.long_outages
        # Long outages are spread over the run (loop times), not all at its start.
        self.long_outage_every = 0.0
        self.long_outage_at = 0.0

    async def aim(self, mode: str) -> None:
        """Where the kill lands: "anywhere" (a random moment), "command" (just after a
        member's command went out: between the bot's commit and its reply, with luck), or
        "alert" (an alert's post reached Discord, its answer held back: the bot cannot
        have recorded it as sent)."""
        if mode == "command":
            self.members.sending.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.members.sending.wait(), 10.0)
            await asyncio.sleep(self.rng.uniform(0.0, 0.15))
        elif mode == "alert":
            self.fake.post_delay = 1.0
            channels = [g.alert_channel_id for g in self.fake.guilds]
            known = max((m.id for c in channels for m in self.fake.messages(c)), default=0)
            waits = [
                self.fake.wait_for_message(c, lambda m: m.id > known and bool(m.nonce), 10.0)
                for c in channels
            ]
            tasks = [asyncio.ensure_future(w) for w in waits]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)  # a timeout: kill anyway

    async def kill(self) -> None:
        if not self.bot.up.is_set():
            return
        loop = asyncio.get_running_loop()
        long = self.long_outages_left > 0 and loop.time() >= self.long_outage_at
        try:
            await self.aim("alert" if long else self.rng.choice(("anywhere", "command", "alert")))
            await self.bot.kill()
        finally:
            self.fake.post_delay = 0.0
        self.figures.kills += 1
        if long:
            # Down longer than the dispatcher trusts nonces, and Discord has forgotten
            # them by the time the bot is back: the reference lookup must find its post.
            self.long_outages_left -= 1
            self.long_outage_at += self.long_outage_every
            self.figures.long_outages += 1
            self.fake.remember_nonces = False
            await asyncio.sleep(NONCE_MEMORY.total_seconds() + 15)
            await self.bot.start()
            await delivered(self.fake, self.bot.db_path, limit=60.0)  # the backlog is out
            self.fake.remember_nonces = True
            return
        await asyncio.sleep(self.rng.uniform(0.1, 4.0))
        await self.bot.start()

    async def cut(self) -> None:
        if not self.bot.up.is_set():
            return
        resume = self.rng.random() < 0.7
        how = self.rng.choice(("close", "reconnect")) if resume else "close"
        try:
            await self.fake.drop_gateway(resume=resume, how=how, timeout=60.0)
        except (RuntimeError, AssertionError) as error:
            self.figures.problems.append(f"gateway cut: {str(error).splitlines()[0]}")
            return
        self.figures.gateway_cuts += 1

    async def burst(self) -> None:
        """A few error answers on one or two routes, for at most 8 seconds."""
        for route in self.rng.sample(BURST_ROUTES, self.rng.randint(1, 2)):
            status = self.rng.choice((500, 502, 503, 429))
            self.fake.fail(
                route, status, times=self.rng.randint(1, 3), retry_after=self.rng.uniform(0.2, 2)
            )
        self.figures.bursts += 1
        await asyncio.sleep(self.rng.uniform(2.0, 8.0))
        self.figures.injected_errors += self._hits()
        self.fake.clear_failures()

    def _hits(self) -> int:
        return sum(f.hits for f in self.fake._failures)

    async def run(self, until: float) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        self.long_outage_every = (until - now) / (self.config.long_outages + 1)
        self.long_outage_at = now + self.long_outage_every
        next_at = {
            self.kill: now + self.rng.uniform(*self.config.kill_every) / 2,
            self.cut: now + self.rng.uniform(*self.config.cut_every) / 2,
            self.burst: now + self.rng.uniform(*self.config.burst_every) / 2,
        }
        every = {
            self.kill: self.config.kill_every,
            self.cut: self.config.cut_every,
            self.burst: self.config.burst_every,
        }
        while True:
            action, at = min(next_at.items(), key=lambda item: item[1])
            if at >= until:
                return
            await asyncio.sleep(max(0.0, at - loop.time()))  # scheduled, not waiting on I/O
            await action()
            next_at[action] = loop.time() + self.rng.uniform(*every[action])


# -- setup, quiet, end -----------------------------------------------------------------


async def command_definitions(workdir: Path) -> list[dict[str, Any]]:
    """What `python -m bot sync` registers: the tree of a real PledgeBot."""
    from bot.app import build_bot

    bot = build_bot(store=Store(workdir / "definitions.db"))
    async with bot:
        await bot.setup_hook()
        return [c.to_dict(bot.tree) for c in bot.tree.get_commands()]


async def configure(fake: FakeDiscord, guild: FakeGuild) -> None:
    """Alert channel and the quickest schedule, as a moderator sets them (before any
    chaos; a reply lost to a slow start is asked again, a bounded number of times)."""
    steps = [
        ("pledgewatch channel", {"channel": guild.alert_channel_id}, "Alerts will be posted"),
        (
            "pledgewatch alerts",
            {"heads_up_hours": 1, "follow_ups": "1", "repeat_days": 1},
            "Alert schedule updated",
        ),
    ]
    for name, options, expected in steps:
        for _ in range(3):
            try:
                result = await fake.invoke(
                    guild, name, options, user=fake.moderator, timeout=COMMAND_TIMEOUT
                )
            except InteractionTimeout:
                continue
            if expected in result.text:
                break
        else:
            raise RuntimeError(f"/{name} was not answered in {guild.name}")


def _read_only(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)


def waiting_alerts(db_path: Path, moment: datetime) -> int:
    """Alerts still waiting in the outbox whose moment is at or before `moment`."""
    with contextlib.closing(_read_only(db_path)) as db:
        (count,) = db.execute(
            "SELECT COUNT(*) FROM alert_outbox WHERE state IN ('pending', 'claimed') "
            "AND due_at <= ?",
            (moment.astimezone(UTC).isoformat(timespec="seconds"),),
        ).fetchone()
    return int(count)


async def delivered(fake: FakeDiscord, db_path: Path, *, limit: float) -> bool:
    """Wait (at most `limit` seconds) until no alert whose moment has passed is waiting.
    The outbox lives in the bot's database, so that is what is read, about once a second,
    each time the fake has been quiet for a moment."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline:
        await fake.settle(quiet=0.5, timeout=min(2.0, max(0.0, deadline - loop.time())))
        if await asyncio.to_thread(waiting_alerts, db_path, CLOCK.now()) == 0:
            return True
        await asyncio.sleep(0.5)
    return False


async def quiet(fake: FakeDiscord, bot: BotProcess, config: SoakConfig) -> None:
    """Nobody acts and nothing breaks, until what is due has been delivered."""
    fake.clear_failures()
    fake.remember_nonces = True
    if not bot.up.is_set():
        await bot.start()
    await delivered(fake, bot.db_path, limit=config.quiet_max)


def integrity(db_path: Path) -> str:
    with contextlib.closing(sqlite3.connect(db_path, timeout=30)) as db:
        rows = db.execute("PRAGMA integrity_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


# -- counting --------------------------------------------------------------------------


def references(fake: FakeDiscord, guild: FakeGuild) -> Counter[str]:
    """How many channel messages carry each alert reference (its nonce, and the
    "Alert pw..." tag in the footer or last line), deleted messages included."""
    seen: Counter[str] = Counter()
    for channel_id in guild.channels:
        for message in fake.messages(channel_id, include_deleted=True):
            found = set(REFERENCE.findall(message.text))
            if message.nonce and str(message.nonce).startswith("pw"):
                found.add(str(message.nonce))
            seen.update(found)
    return seen


def _posted(row: OutboxRow, send_as: str | None, seen: Counter[str]) -> bool:
    if send_as is None:
        return False  # never handed to Discord
    if send_as == SINGLE:
        return seen[alert_nonce(row)] > 0
    # A digest page that no longer fitted one message went out as `nonce~1`, `~2`, ...
    return any(ref == send_as or ref.startswith(f"{send_as}~") for ref in seen)


def count_pledges(adds: list[Add], pledges: dict[int, list[Any]], figures: Figures) -> None:
    by_promise: dict[tuple[int, str], list[int]] = {}
    for guild_id, found in pledges.items():
        for pledge in found:
            by_promise.setdefault((guild_id, pledge.promise), []).append(pledge.number)
    figures.pledges_in_db = sum(len(found) for found in pledges.values())
    for add in adds:
        numbers = by_promise.get((add.guild_id, add.promise), [])
        if len(numbers) > 1:
            figures.duplicated_pledges += len(numbers) - 1
            figures.problems.append(f"one add, pledges {numbers}: {add.promise}")
        if add.acknowledged is not None and add.acknowledged not in numbers:
            figures.lost_pledges += 1
            figures.problems.append(f"acknowledged #{add.acknowledged} not stored: {add.promise}")
        if add.acknowledged is None and numbers:
            figures.adds_recorded_unanswered += 1


async def count_alerts(
    store: Store, guild: FakeGuild, cutoff: datetime, seen: Counter[str], figures: Figures
) -> None:
    rows = await store.outbox.rows_for_guild(guild.id)
    send_as = {
        row_id: value
        for row_id, value in await store.db.execute_fetchall(
            "SELECT id, send_as FROM alert_outbox WHERE guild_id = ?", (guild.id,)
        )
    }
    planned = {(r.pledge_id, r.kind, r.due_at) for r in rows if r.state != "cancelled"}
    for row in rows:
        silent_skip = row.state == "skipped" and row.last_error is None
        if row.state == "cancelled" or silent_skip:
            continue  # replanned, or no longer wanted when its turn came
        if row.due_at > cutoff:
            figures.alerts_not_judged += 1
            continue
        figures.alerts_due += 1
        if _posted(row, send_as.get(row.id), seen):
            figures.alerts_posted += 1
        else:
            figures.lost_alerts += 1
            figures.problems.append(
                f"alert {row.id} ({row.kind}, due {row.due_at:%H:%M:%S}) {row.state}, "
                f"not posted: {row.last_error or 'no error recorded'}"
            )
    settings = await store.get_settings(guild.id)
    for pledge in await store.all_pledges(guild.id):
        for alert in plan_alerts(pledge, settings, cutoff):
            if alert.due_at <= cutoff and (pledge.id, alert.kind, alert.due_at) not in planned:
                figures.alerts_due += 1
                figures.never_planned += 1
                figures.lost_alerts += 1
                figures.problems.append(f"#{pledge.number}: {alert.kind} never planned")
    figures.duplicated_alerts += sum(n - 1 for n in seen.values() if n > 1)
    figures.alert_messages += len(seen)
    figures.digests += sum(1 for ref in seen if ref.startswith("pwd"))
    figures.problems += [f"reference {ref} posted {n} times" for ref, n in seen.items() if n > 1]


async def count(
    fake: FakeDiscord, db_path: Path, adds: list[Add], cutoff: datetime, figures: Figures
) -> None:
    figures.integrity = integrity(db_path)  # the file as the bot left it
    store = Store(db_path)
    await store.open()
    try:
        pledges = {g.id: await store.all_pledges(g.id) for g in fake.guilds}
        count_pledges(adds, pledges, figures)
        for guild in fake.guilds:
            await count_alerts(store, guild, cutoff, references(fake, guild), figures)
    finally:
        await store.close()


# -- the run ---------------------------------------------------------------------------


async def _phase(
    fake: FakeDiscord, bot: BotProcess, members: Members, chaos: Chaos, config: SoakConfig
) -> None:
    """Members and chaos at work until the active phase ends."""
    loop = asyncio.get_running_loop()
    members.active_until = loop.time() + config.seconds
    tasks = [
        asyncio.create_task(members.work(guild), name=f"member-{guild.id}-{i}")
        for guild in fake.guilds
        for i in range(config.members)
    ]
    calm_from = members.active_until - config.calm
    tasks.append(asyncio.create_task(chaos.run(calm_from), name="chaos"))
    try:
        # Every member command is bounded (COMMAND_TIMEOUT), a long outage by its length.
        _, pending = await asyncio.wait(tasks, timeout=config.seconds + 300)
    finally:
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    if pending:
        members.figures.problems.append(f"{len(pending)} task(s) did not end in time")
    for task, result in zip(tasks, results, strict=True):
        if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
            members.figures.problems.append(f"{task.get_name()} failed: {result!r}")


async def run_soak(config: SoakConfig, workdir: Path) -> Figures:
    """The whole soak in this event loop: fake, bot process, members, chaos, quiet,
    counting. The bot process is always stopped before this returns."""
    if config.seed is None:
        config.seed = secrets.randbelow(1_000_000)
    figures = Figures(seed=config.seed)
    started = time.monotonic()
    db_path = workdir / "pledgewatch.db"
    async with SoakDiscord(guilds=2, clock=CLOCK) as fake:
        fake.register_commands(await command_definitions(workdir))
        bot = BotProcess(fake, db_path, workdir / "bot.log")
        members = Members(fake, bot, config, figures)
        chaos = Chaos(fake, bot, members)
        try:
            await bot.start()
            for guild in fake.guilds:
                await configure(fake, guild)
            config.log(f"soak: {config.seconds:g} s of members and chaos; bot log {bot.log_path}")
            await _phase(fake, bot, members, chaos, config)
            config.log("soak: quiet period, waiting for what is due to be delivered")
            await quiet(fake, bot, config)
            end = CLOCK.now()
        finally:
            await bot.stop()
            figures.bot_errors = bot.errors()
        figures.history_reads = len(fake.requests_to("GET /channels/{channel_id}/messages"))
        if fake.spec_violations:
            figures.problems += [f"spec: {v}" for v in fake.spec_violations[:5]]
        await count(fake, db_path, members.adds, end - timedelta(seconds=config.grace), figures)
    figures.seconds = time.monotonic() - started
    return figures


def report(figures: Figures, config: SoakConfig) -> str:
    f = figures
    lines = [
        f"soak of {config.seconds / 60:g} min active, {f.seconds:.0f} s in all "
        f"(grace {config.grace:g} s, seed {f.seed}), {CLOCK.now():%Y-%m-%d %H:%M} UTC",
        f"  kills (SIGKILL)          {f.kills} (down longer than the nonce memory: "
        f"{f.long_outages}; channel history read {f.history_reads} times)",
        f"  gateway cuts             {f.gateway_cuts}",
        f"  error bursts             {f.bursts} ({f.injected_errors} 5xx/429 answers given)",
        f"  commands sent/answered   {f.commands_sent} / {f.commands_answered}",
        f"  button clicks/answered   {f.clicks_sent} / {f.clicks_answered}",
        f"  adds sent/acknowledged   {f.adds_sent} / {f.adds_acknowledged} "
        f"(+{f.adds_recorded_unanswered} recorded without an answer; {f.pledges_in_db} in db)",
        f"  alerts due               {f.alerts_due} "
        f"(+{f.alerts_not_judged} due within the grace period or later)",
        f"  alerts posted            {f.alerts_posted} "
        f"(in {f.alert_messages} alert messages, {f.digests} of them digests)",
        f"  lost                     {f.lost} "
        f"(pledges {f.lost_pledges}, alerts {f.lost_alerts}, never planned {f.never_planned})",
        f"  duplicated               {f.duplicated} "
        f"(pledges {f.duplicated_pledges}, alerts {f.duplicated_alerts})",
        f"  integrity_check          {f.integrity}",
        f"  bot errors logged        {f.bot_errors}",
    ]
    lines += [f"  ! {p}" for p in f.problems[:40]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="active minutes (10)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (none)")
    parser.add_argument("--keep", type=Path, default=None, help="work directory to keep")
    parser.add_argument("--grace", type=float, default=60.0, help="seconds not judged (60)")
    args = parser.parse_args()
    config = SoakConfig(
        seconds=args.minutes * 60,
        grace=args.grace,
        long_outages=int(args.minutes // 10) if args.minutes >= 10 else 0,
        seed=args.seed,
    )
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = asyncio.run(run_soak(config, args.keep))
    else:
        with tempfile.TemporaryDirectory(prefix="pledgewatch-soak-") as tmp:
            figures = asyncio.run(run_soak(config, Path(tmp)))
    print(report(figures, config))


if __name__ == "__main__":
    main()
