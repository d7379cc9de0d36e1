"""Helpers for the dispatcher tests: a fake sender at the Discord boundary, and ways to
move a FakeClock until the dispatcher is parked again.

Nothing here sleeps for real: the dispatcher sleeps through the FakeClock, the tests
move the clock, and `settle` yields to the event loop until the dispatcher is parked
in its sleep again with nothing in flight.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta

from bot.chat.dispatcher import Dispatcher
from bot.chat.render import AlertMessage, carries_reference
from bot.chat.sender import DeliveryError
from bot.core.alerts import plan_alerts
from bot.core.clock import FakeClock
from bot.core.model import Actor, Pledge, Status

GUILD, OTHER = 100, 200
CHANNEL, OTHER_CHANNEL, NEW_CHANNEL = 9001, 9002, 9003
MANAGER = Actor(user_id=3, manage_guild=True)
EDITOR = Actor(user_id=7, manage_guild=True)
SECOND, HOUR, DAY = timedelta(seconds=1), timedelta(hours=1), timedelta(days=1)


class Sent:
    def __init__(self, channel_id: int, message: AlertMessage, nonce: str, message_id: int):
        self.channel_id = channel_id
        self.message = message
        self.nonce = nonce
        self.id = message_id

    @property
    def text(self) -> str:
        parts = [self.message.content or ""]
        for embed in self.message.embeds:
            parts += [embed.title or "", embed.description or ""]
            parts += [f.value or "" for f in embed.fields]
        return "\n".join(parts)


class FakeSender:
    """Records what would be posted. Like Discord with enforce_nonce, a nonce seen
    before returns the first message instead of posting again."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.attempts: list[tuple[int, str]] = []  # (channel, nonce) of every call
        self.edits: list[tuple[int, int, AlertMessage]] = []
        self.failures: dict[int, DeliveryError] = {}  # channel -> error to raise
        self.edit_failures: dict[int, DeliveryError] = {}  # channel -> error an edit raises
        self.edit_attempts: list[tuple[int, int]] = []  # (channel, message) of every edit
        self.hang: dict[int, asyncio.Event] = {}  # channel -> released when set
        self.hanging = 0  # sends waiting in `hang` right now
        self.crash_after_post = False
        self.crash_after_posts: int | None = None  # crash once this many are posted
        self.nonce_memory = True  # False: as if Discord had forgotten every nonce
        self.history_readable = True  # False: no Read Message History in any channel
        self.lookups: list[tuple[int, str]] = []  # (channel, reference) looked for
        self._by_nonce: dict[str, Sent] = {}
        self._next_id = 1000

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        self.attempts.append((channel_id, nonce))
        if channel_id in self.hang:
            self.hanging += 1
            try:
                await self.hang[channel_id].wait()
            finally:
                self.hanging -= 1
        if channel_id in self.failures:
            raise self.failures[channel_id]
        if nonce in self._by_nonce and self.nonce_memory:
            return self._by_nonce[nonce].id
        self._next_id += 1
        sent = Sent(channel_id, message, nonce, self._next_id)
        self.sent.append(sent)
        self._by_nonce[nonce] = sent
        if self.crash_after_post or len(self.sent) == self.crash_after_posts:
            await asyncio.Event().wait()  # the process dies before the answer arrives
        return sent.id

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        self.edit_attempts.append((channel_id, message_id))
        if channel_id in self.edit_failures:
            raise self.edit_failures[channel_id]
        self.edits.append((channel_id, message_id, message))

    async def find_posted(self, channel_id: int, reference: str, since: datetime) -> int | None:
        self.lookups.append((channel_id, reference))
        if not self.history_readable:
            raise DeliveryError("unusable", "403: missing permissions there", status=403)
        for sent in self.in_channel(channel_id):
            footers = [embed.footer.text for embed in sent.message.embeds]
            if carries_reference(sent.message.content, footers, reference):
                return sent.id
        return None

    def in_channel(self, channel_id: int) -> list[Sent]:
        return [s for s in self.sent if s.channel_id == channel_id]


async def _turn(turn: int) -> None:
    await asyncio.sleep(0 if turn < 1000 else 0.0005)


async def settle(dispatcher: Dispatcher, clock: FakeClock) -> None:
    """Let the dispatcher run until it is parked in a FakeClock sleep, with no server
    task in flight (bounded by loop iterations; after the first thousand each one also
    lets real time pass, for a database whose answers come over a socket)."""
    for turn in range(200_000):
        await _turn(turn)
        if dispatcher.idle and clock.sleeping:
            return
    raise AssertionError("the dispatcher never settled")


async def parked(
    dispatcher: Dispatcher, clock: FakeClock, stuck: set[int], sender: FakeSender
) -> None:
    """Like settle, but tolerates the server tasks in `stuck` once they hang in a send
    (not merely started: on PostgreSQL their claim is still on its way for a while)."""
    for turn in range(200_000):
        await _turn(turn)
        if (
            dispatcher.sleeping_until
            and clock.sleeping
            and dispatcher.busy_servers <= stuck
            and sender.hanging >= len(dispatcher.busy_servers)
        ):
            return
    raise AssertionError("the dispatcher never parked")


async def advance(dispatcher: Dispatcher, clock: FakeClock, delta: timedelta) -> None:
    clock.advance(delta)
    await settle(dispatcher, clock)


async def run_for(dispatcher: Dispatcher, clock: FakeClock, total: timedelta) -> None:
    """Move the clock by `total`, stopping at every moment the dispatcher wakes up, as
    real time would."""
    end = clock.now() + total
    while clock.now() < end:
        wake_at = dispatcher.sleeping_until or end
        await advance(dispatcher, clock, min(wake_at, end) - clock.now())


async def add_pledge(
    store, clock: FakeClock, guild: int = GUILD, *, due_at: datetime | None, **kw
) -> Pledge:
    """A pledge with an exact due time, planned as the service would plan it."""
    now = clock.now()
    fields = {
        "speaker": kw.pop("speaker", "Friedrich Merz"),
        "promise": kw.pop("promise", "Putin and Zelenskyy will meet"),
        "said_at": kw.pop("said_at", now),
        "recorded_by": 1,
        "due_at": due_at,
        **kw,
    }
    settings = await store.get_settings(guild)
    draft = Pledge(
        id=0,
        guild_id=guild,
        number=0,
        status=Status.OPEN,
        created_at=now,
        updated_at=now,
        **fields,
    )
    return await store.insert_pledge(guild, fields, now, alerts=plan_alerts(draft, settings, now))


async def start(dispatcher: Dispatcher, clock: FakeClock) -> None:
    dispatcher.start()
    await settle(dispatcher, clock)


async def states(store, pledge: Pledge) -> list[tuple[str, str, bool]]:
    rows = await store.outbox_for_pledge(pledge.guild_id, pledge.id)
    return [(r.kind, r.state, r.late) for r in rows]


def listed(sent: list[Sent]) -> Counter[int]:
    """How often each pledge number is alerted about in what the channel shows: digest
    lines and alerts of their own (whose card title starts with the number). Status
    updates after a ruling are other news and not counted."""
    counts: Counter[int] = Counter()
    for message in sent:
        (embed, *_) = message.message.embeds
        if embed.title.startswith("Pledgewatch digest"):
            for line in embed.description.splitlines():
                if not line.startswith("📣"):
                    counts[int(line.split("**#")[1].split("**")[0])] += 1
        elif not (message.message.content or "").startswith("📣"):
            counts[int(embed.title.split(" ")[0].lstrip("#"))] += 1
    return counts
