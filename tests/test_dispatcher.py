"""The alert dispatcher on a FakeClock, with a fake sender at its Discord boundary.

Nothing here sleeps for real: the dispatcher sleeps through the FakeClock, the tests
move the clock, and `settle` yields to the event loop until the dispatcher is parked
in its sleep again with nothing in flight.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from datetime import datetime, timedelta
from types import SimpleNamespace

import aiohttp
import discord
import pytest

from bot.chat.client import shard_owner
from bot.chat.dispatcher import Dispatcher, DispatcherConfig
from bot.chat.render import AlertMessage
from bot.chat.sender import DeliveryError, DiscordSender
from bot.core.alerts import alert_nonce, plan_alerts
from bot.core.clock import FakeClock
from bot.core.model import Actor, Pledge, Status
from db.store import Store
from tests.conftest import START

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
        self.hang: dict[int, asyncio.Event] = {}  # channel -> released when set
        self.crash_after_post = False
        self.crash_after_posts: int | None = None  # crash once this many are posted
        self._by_nonce: dict[str, Sent] = {}
        self._next_id = 1000

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        self.attempts.append((channel_id, nonce))
        if channel_id in self.hang:
            await self.hang[channel_id].wait()
        if channel_id in self.failures:
            raise self.failures[channel_id]
        if nonce in self._by_nonce:
            return self._by_nonce[nonce].id
        self._next_id += 1
        sent = Sent(channel_id, message, nonce, self._next_id)
        self.sent.append(sent)
        self._by_nonce[nonce] = sent
        if self.crash_after_post or len(self.sent) == self.crash_after_posts:
            await asyncio.Event().wait()  # the process dies before the answer arrives
        return sent.id

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        self.edits.append((channel_id, message_id, message))

    def in_channel(self, channel_id: int) -> list[Sent]:
        return [s for s in self.sent if s.channel_id == channel_id]


async def settle(dispatcher: Dispatcher, clock: FakeClock) -> None:
    """Let the dispatcher run until it is parked in a FakeClock sleep, with no server
    task in flight (bounded by loop iterations, not by time)."""
    for _ in range(200_000):
        await asyncio.sleep(0)
        if dispatcher.idle and clock.sleeping:
            return
    raise AssertionError("the dispatcher never settled")


async def parked(dispatcher: Dispatcher, clock: FakeClock, stuck: set[int]) -> None:
    """Like settle, but tolerates the server tasks in `stuck`, which hang in a send."""
    for _ in range(200_000):
        await asyncio.sleep(0)
        if dispatcher.sleeping_until and clock.sleeping and dispatcher.busy_servers <= stuck:
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


@pytest.fixture
def sender() -> FakeSender:
    return FakeSender()


@pytest.fixture
async def dispatcher(store, clock, sender, service):
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    dispatcher = Dispatcher(store, clock, sender)
    service.on_alerts_changed = dispatcher.wake
    yield dispatcher
    await dispatcher.stop()


async def start(dispatcher: Dispatcher, clock: FakeClock) -> None:
    dispatcher.start()
    await settle(dispatcher, clock)


async def states(store, pledge_id: int) -> list[tuple[str, str, bool]]:
    rows = await store.outbox_for_pledge(pledge_id)
    return [(r.kind, r.state, r.late) for r in rows]


# -- sleeping and waking ----------------------------------------------------------------


async def test_sleeps_until_the_next_alert_and_sends_in_order(dispatcher, store, clock, sender):
    later = await add_pledge(store, clock, due_at=START + 2 * DAY + 6 * HOUR)
    sooner = await add_pledge(store, clock, due_at=START + 2 * DAY)
    await start(dispatcher, clock)
    assert sender.sent == []
    await advance(dispatcher, clock, DAY - HOUR)  # hourly wake-ups, nothing to send
    assert sender.sent == []
    await advance(dispatcher, clock, HOUR)  # START + 1 day: #2's heads-up
    assert [s.message.content for s in sender.sent] == [
        f"⏰ Heads-up: pledge #{sooner.number} is due <t:{int(sooner.due_at.timestamp())}:R>."
    ]
    for _ in range(30):
        await advance(dispatcher, clock, HOUR)
    sent = [
        (s.message.content.split(" ")[1], s.message.embeds[0].title.split(" ")[0])
        for s in sender.sent
    ]
    assert sent == [
        ("Heads-up:", f"#{sooner.number}"),
        ("Heads-up:", f"#{later.number}"),
        ("Deadline", f"#{sooner.number}"),
        ("Deadline", f"#{later.number}"),
    ]
    # Exactly on time: none is marked late.
    assert not any("Late" in s.message.content for s in sender.sent)


async def test_each_sleep_ends_exactly_at_the_next_due_alert(dispatcher, store, clock):
    await add_pledge(store, clock, due_at=START + DAY + 30 * 60 * SECOND)  # heads-up in 30 min
    await start(dispatcher, clock)
    assert clock.sleep_calls[-1] == 30 * 60


async def test_wakes_early_when_a_sooner_alert_is_scheduled(
    dispatcher, store, clock, sender, service
):
    await add_pledge(store, clock, due_at=START + 30 * DAY)
    await start(dispatcher, clock)
    assert clock.sleep_calls[-1] == 3600  # capped: the first alert is 29 days away
    calls = len(clock.sleep_calls)
    await advance(dispatcher, clock, timedelta(minutes=10))
    assert len(clock.sleep_calls) == calls  # still in the same sleep: no polling
    # A ruling queues a status update due now: the service wakes the dispatcher.
    soon = await service.add(GUILD, Actor(1), speaker="Rutte", promise="Details")
    await service.mark(GUILD, soon.number, Actor(1), Status.FULFILLED)
    await settle(dispatcher, clock)
    assert [s.message.content.split(":")[0] for s in sender.sent] == [f"📣 Pledge #{soon.number}"]


async def test_idle_dispatcher_wakes_at_most_24_times_a_day(dispatcher, store, clock):
    await add_pledge(store, clock, due_at=START + 60 * DAY)
    await start(dispatcher, clock)
    before = dispatcher.wakeups
    elapsed = timedelta(0)
    while elapsed < DAY:
        step = timedelta(seconds=clock.sleep_calls[-1])
        await advance(dispatcher, clock, step)
        elapsed += step
    assert dispatcher.wakeups - before == 24
    assert max(clock.sleep_calls) == 3600


async def test_no_alerts_at_all_still_caps_the_sleep(dispatcher, clock):
    await start(dispatcher, clock)
    assert clock.sleep_calls == [3600]


# -- bursts and catch-up -------------------------------------------------------------------


async def test_up_to_five_alerts_at_once_go_out_one_by_one(dispatcher, store, clock, sender):
    for _ in range(5):
        await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 5
    assert all(s.message.content.startswith("⌛") for s in sender.sent)
    assert all(len(s.message.custom_ids) == 4 for s in sender.sent)


async def test_more_than_five_due_together_become_one_digest(dispatcher, store, clock, sender):
    pledges = [
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"Promise number {i}")
        for i in range(7)
    ]
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 1
    digest = sender.sent[0]
    embed = digest.message.embeds[0]
    assert embed.title == "Pledgewatch digest: 7 alerts"
    lines = embed.description.splitlines()
    assert len(lines) == 7
    for p, line in zip(pledges, lines, strict=True):
        assert f"**#{p.number}**" in line and p.promise in line
        assert f"<t:{int(p.due_at.timestamp())}:D>" in line
        assert f"/pledge show {p.number}" in line
        assert "late" not in line
    assert digest.message.view is None
    for p in pledges:
        rows = await store.outbox_for_pledge(p.id)
        assert [(r.kind, r.state, r.message_id) for r in rows if r.kind == "due"] == [
            ("due", "sent", digest.id)
        ]


async def test_a_big_digest_is_split_within_discord_limits(dispatcher, store, clock, sender):
    for i in range(80):
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"{i} " + "x" * 300)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) > 1
    lines = 0
    for sent in sender.sent:
        (embed,) = sent.message.embeds
        assert len(embed.description) <= 4096 and len(embed.title) <= 256
        assert len(embed) <= 6000
        lines += len(embed.description.splitlines())
    assert lines == 80


async def test_catch_up_after_downtime_sends_only_the_latest_alert_marked_late(
    dispatcher, store, clock, sender
):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    clock.advance(10 * DAY)  # offline through the heads-up, the due alert and 1 day after
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    message = sender.sent[0].message
    assert message.content.startswith(f"🔔 Pledge #{p.number} is still open")
    assert "Late: this alert was due" in message.content
    assert await states(store, p.id) == [
        ("heads_up", "skipped", False),
        ("due", "skipped", False),
        ("follow_up", "skipped", False),  # 1 day after
        ("follow_up", "sent", True),  # 7 days after: the most recent
        ("follow_up", "pending", False),  # 37 days after: the next repeat
    ]


async def test_after_a_long_downtime_there_is_one_catch_up_not_two(
    dispatcher, store, clock, sender
):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    clock.advance(200 * DAY)  # past every repeat planned when the pledge was recorded
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    for _ in range(3):
        await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 1
    pending = [r for r in await store.outbox_for_pledge(p.id) if r.state == "pending"]
    assert len(pending) == 1 and pending[0].due_at > clock.now()


async def test_sent_follow_up_schedules_the_next_repeat(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    await start(dispatcher, clock)
    await run_for(dispatcher, clock, 2 * DAY + 37 * DAY)
    planned = [r for r in await store.outbox_for_pledge(p.id) if r.kind == "follow_up"]
    assert [(r.due_at - p.due_at).days for r in planned] == [1, 7, 37, 67]
    assert [r.state for r in planned] == ["sent", "sent", "sent", "pending"]
    assert len(sender.sent) == 5  # heads-up, due, three follow-ups
    assert not any("Late" in s.message.content for s in sender.sent)


async def test_reviews_repeat_for_pledges_without_deadline(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=None)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, 30 * DAY)
    await advance(dispatcher, clock, 30 * DAY)
    assert [s.message.content.split(":")[0] for s in sender.sent] == ["🔍 Review"] * 2
    rows = await store.outbox_for_pledge(p.id)
    assert [r.state for r in rows] == ["sent", "sent", "pending"]


async def test_catch_up_of_many_pledges_is_a_digest_marked_late(dispatcher, store, clock, sender):
    for i in range(6):
        await add_pledge(store, clock, due_at=START + DAY, promise=f"Pledge {i}")
    clock.advance(3 * DAY)
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    embed = sender.sent[0].message.embeds[0]
    assert embed.description.count("*late*") == 6
    assert "6 are late" in embed.footer.text


# -- delivered once --------------------------------------------------------------------


async def test_crash_between_claim_and_confirm_resends_once_with_the_same_nonce(
    store, clock, sender, service
):
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    first = Dispatcher(store, clock, sender)
    sender.crash_after_post = True
    first.start()
    clock.advance(HOUR)  # the due alert
    for _ in range(10_000):
        await asyncio.sleep(0)
        if len(sender.attempts) == 1 and first._servers:
            break
    await first.stop()  # "crash": the message is posted, its id never recorded
    assert [r.state for r in await store.outbox_for_pledge(p.id) if r.kind == "due"] == ["claimed"]
    sender.crash_after_post = False
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    (row,) = [r for r in await store.outbox_for_pledge(p.id) if r.kind == "due"]
    assert row.state == "sent"
    assert [nonce for _, nonce in sender.attempts] == [alert_nonce(row)] * 2
    assert len(sender.sent) == 1  # Discord dropped the duplicate
    assert row.message_id == sender.sent[0].id


async def test_claimed_rows_are_never_collapsed_away(store, clock, sender, service):
    """A claimed row may already be in the channel; the resend keeps its nonce even when
    a later alert of the same pledge is also due."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    outbox = store.outbox
    clock.advance(HOUR)
    claimed = await outbox.claim_due(
        GUILD, clock.now(), limit=1, late_before=clock.now(), single_up_to=5
    )
    assert [c.row.kind for c in claimed] == ["due"]
    clock.advance(2 * DAY)  # the 1-day follow-up falls due too
    dispatcher = Dispatcher(store, clock, sender)
    try:
        await start(dispatcher, clock)
    finally:
        await dispatcher.stop()
    assert [s.nonce for s in sender.sent][0] == alert_nonce(claimed[0].row)
    # Resent two days after its moment: marked late, although the first try was not.
    assert await states(store, p.id) == [
        ("due", "sent", True),
        ("follow_up", "sent", True),
        ("follow_up", "pending", False),
        ("follow_up", "pending", False),
    ]


# -- rulings ---------------------------------------------------------------------------------


async def test_ruling_posts_a_status_update_and_edits_the_alert(
    dispatcher, store, clock, sender, service
):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    (alert,) = sender.sent
    await service.mark(
        GUILD, p.number, EDITOR, Status.BROKEN, note="no meeting", evidence_url="https://e.x/1"
    )
    await settle(dispatcher, clock)
    update = sender.sent[-1].message
    assert update.content.startswith(f"📣 Pledge #{p.number}: <@7> ruled it **broken**")
    assert "Note: no meeting" in update.content and "https://e.x/1" in update.content
    ((channel, message_id, edited),) = sender.edits
    assert (channel, message_id) == (CHANNEL, alert.id)
    assert edited.view is None and "ruled **broken** by <@7>" in edited.content
    # Nothing else is planned for a ruled pledge.
    await advance(dispatcher, clock, 40 * DAY)
    assert len(sender.sent) == 2


async def test_dependents_hear_about_the_ruling(dispatcher, store, clock, sender, service):
    first = await add_pledge(store, clock, due_at=START + 10 * DAY)
    dependent = await add_pledge(store, clock, due_at=None, depends_on=first.number)
    await start(dispatcher, clock)
    await service.mark(GUILD, first.number, EDITOR, Status.BROKEN)
    await settle(dispatcher, clock)
    contents = [s.message.content for s in sender.sent]
    assert contents[0].startswith(f"📣 Pledge #{first.number}")
    assert contents[1].startswith(
        f"🔗 Pledge #{dependent.number} depends on #{first.number}: <@7> ruled it **broken**"
    )


# -- failures ----------------------------------------------------------------------------------


async def test_no_channel_means_alerts_wait_then_go_out_as_a_digest(store, clock, sender, service):
    pledges = [await add_pledge(store, clock, due_at=START + HOUR) for _ in range(6)]
    dispatcher = Dispatcher(store, clock, sender)
    service.on_alerts_changed = dispatcher.wake
    try:
        await start(dispatcher, clock)
        await advance(dispatcher, clock, 2 * DAY)
        assert sender.attempts == []
        rows = [r for p in pledges for r in await store.outbox_for_pledge(p.id)]
        assert {r.state for r in rows if r.kind == "due"} == {"pending"}
        await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
        await settle(dispatcher, clock)
    finally:
        await dispatcher.stop()
    assert len(sender.sent) == 1
    assert sender.sent[0].message.embeds[0].title == "Pledgewatch digest: 6 alerts"


async def test_forbidden_channel_waits_ten_minutes_between_tries_and_loses_nothing(
    dispatcher, store, clock, sender, service
):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "unusable", "403: missing permissions there", status=403
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)  # the due alert
    assert len(sender.attempts) == 1
    problem = await service.alert_problem(GUILD)
    assert problem and "missing permissions" in problem and f"<#{CHANNEL}>" in problem
    for _ in range(9):
        await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 1  # never sooner than ten minutes
    await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 2
    await advance(dispatcher, clock, timedelta(minutes=19))
    assert len(sender.attempts) == 2  # the wait doubles
    await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 3
    # Permission fixed: the next try delivers, late, and the problem is gone.
    del sender.failures[CHANNEL]
    await advance(dispatcher, clock, timedelta(minutes=40))
    assert len(sender.sent) == 1 and "Late" in sender.sent[0].message.content
    assert await service.alert_problem(GUILD) is None
    attempts = [r.attempts for r in await store.outbox_for_pledge(p.id) if r.kind == "due"]
    assert attempts == [3]


async def test_a_new_channel_lifts_the_wait(dispatcher, store, clock, sender, service):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "unusable", "404: the channel no longer exists", status=404
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.attempts) == 1
    await service.update_settings(GUILD, MANAGER, alert_channel_id=NEW_CHANNEL)
    await settle(dispatcher, clock)
    assert [s.channel_id for s in sender.sent] == [NEW_CHANNEL]


async def test_transient_errors_retry_with_backoff(dispatcher, store, clock, sender):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError("transient", "Discord answered 503", status=503)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, timedelta(seconds=29))
    assert len(sender.attempts) == 1
    await advance(dispatcher, clock, timedelta(seconds=1))
    assert len(sender.attempts) == 2
    del sender.failures[CHANNEL]
    await advance(dispatcher, clock, timedelta(seconds=60))
    assert len(sender.sent) == 1


async def test_rate_limit_retry_after_is_respected(dispatcher, store, clock, sender):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "transient", "rate limited", status=429, retry_after=120
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, timedelta(seconds=119))
    assert len(sender.attempts) == 1
    await advance(dispatcher, clock, timedelta(seconds=1))
    assert len(sender.attempts) == 2


async def test_a_refused_message_is_skipped_not_retried(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "rejected", "Discord refused the message (400)", status=400
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, DAY)
    due = [r for r in await store.outbox_for_pledge(p.id) if r.kind == "due"]
    assert [(r.state, r.last_error) for r in due] == [
        ("skipped", "Discord refused the message (400)")
    ]
    assert len(sender.attempts) == 2  # the due alert and the 1-day follow-up: once each


async def test_one_servers_failure_never_delays_another(dispatcher, store, clock, sender, service):
    await service.update_settings(OTHER, MANAGER, alert_channel_id=OTHER_CHANNEL)
    await add_pledge(store, clock, OTHER, due_at=START + HOUR)
    await add_pledge(store, clock, GUILD, due_at=START + HOUR)
    sender.failures[OTHER_CHANNEL] = DeliveryError("unusable", "403", status=403)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert [s.channel_id for s in sender.sent] == [CHANNEL]
    # A server whose send hangs (discord.py sleeping out a long rate limit) does not
    # hold up the other one either.
    del sender.failures[OTHER_CHANNEL]
    sender.hang[OTHER_CHANNEL] = release = asyncio.Event()
    await add_pledge(store, clock, GUILD, due_at=clock.now() + 2 * DAY + 30 * SECOND)
    clock.advance(timedelta(minutes=10))  # OTHER retries, and its send hangs
    await parked(dispatcher, clock, {OTHER})
    assert sender.attempts[-1][0] == OTHER_CHANNEL
    for _ in range(24):
        clock.advance(HOUR)
        await parked(dispatcher, clock, {OTHER})
    # GUILD's 1-day follow-up and its new pledge's heads-up went out on time.
    assert [s.message.content[0] for s in sender.in_channel(CHANNEL)] == ["⌛", "🔔", "⏰"]
    assert sender.in_channel(OTHER_CHANNEL) == []
    release.set()
    await settle(dispatcher, clock)
    # OTHER's due alert, late, and its 1-day follow-up that fell due meanwhile.
    assert [s.message.content[0] for s in sender.in_channel(OTHER_CHANNEL)] == ["⌛", "🔔"]


async def test_dispatcher_stops_cleanly(dispatcher, clock):
    await start(dispatcher, clock)
    assert dispatcher.running
    await dispatcher.stop()
    assert not dispatcher.running and clock.sleeping == 0


def test_config_defaults_match_the_issue():
    config = DispatcherConfig()
    assert config.max_sleep == 3600 and config.digest_threshold == 5


async def test_an_alert_falling_due_while_its_server_is_busy_is_not_delayed(
    dispatcher, store, clock, sender
):
    await add_pledge(store, clock, due_at=START + HOUR)
    await add_pledge(store, clock, due_at=START + HOUR + 30 * SECOND)
    sender.hang[CHANNEL] = release = asyncio.Event()
    await start(dispatcher, clock)
    clock.advance(HOUR)  # the first is being sent, slowly
    await parked(dispatcher, clock, {GUILD})
    clock.advance(30 * SECOND)  # the second falls due meanwhile
    await parked(dispatcher, clock, {GUILD})
    release.set()
    await settle(dispatcher, clock)
    assert [s.message.content[0] for s in sender.sent] == ["⌛", "⌛"]
    assert clock.now() == START + HOUR + 30 * SECOND  # no clock move was needed


# -- the Discord boundary ----------------------------------------------------------------------


class _Response:
    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "reason"


@pytest.mark.parametrize(
    ("error", "kind", "status"),
    [
        (discord.Forbidden(_Response(403), "Missing Access"), "unusable", 403),
        (discord.NotFound(_Response(404), "Unknown Channel"), "unusable", 404),
        (discord.HTTPException(_Response(429), "You are being rate limited."), "transient", 429),
        (discord.DiscordServerError(_Response(503), "Service Unavailable"), "transient", 503),
        (discord.HTTPException(_Response(400), "Invalid Form Body"), "rejected", 400),
        (aiohttp.ClientConnectionError("reset"), "transient", None),
        (TimeoutError(), "transient", None),
    ],
)
async def test_discord_sender_sorts_failures(error, kind, status):
    class Channel:
        async def send(self, **kwargs):
            raise error

    class Client:
        def get_partial_messageable(self, channel_id):
            return Channel()

    with pytest.raises(DeliveryError) as raised:
        await DiscordSender(Client()).send(1, AlertMessage("hi"), nonce="pw1.x")
    assert (raised.value.kind, raised.value.status) == (kind, status)


async def test_discord_sender_sends_the_nonce_and_pings_nobody():
    calls = []

    class Message:
        id = 42

    class Channel:
        async def send(self, **kwargs):
            calls.append(kwargs)
            return Message()

    class Client:
        def get_partial_messageable(self, channel_id):
            return Channel()

    message_id = await DiscordSender(Client()).send(1, AlertMessage("hi"), nonce="pw1.x")
    assert message_id == 42
    (call,) = calls
    assert call["nonce"] == "pw1.x"
    assert call["allowed_mentions"].to_dict() == {"parse": []}


# -- review fixes: retries send the same messages, moot alerts stay unsent -----------------------


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


async def crashed_run(store, clock, sender: FakeSender, posts: int) -> None:
    """A dispatcher run that dies once `posts` messages reached the channel, before it
    could record the last one's id."""
    sender.crash_after_posts = posts
    first = Dispatcher(store, clock, sender)
    first.start()
    for _ in range(100_000):
        await asyncio.sleep(0)
        if len(sender.sent) == posts and first._servers:
            break
    await first.stop()
    sender.crash_after_posts = None


async def test_a_digest_interrupted_midway_resends_the_same_pages_and_no_line_twice(
    store, clock, sender, service
):
    """The rows of a digest are fixed to their page before the first page is sent; the
    retry sends the same pages with the same nonces although, meanwhile, one pledge was
    ruled (its line is moot) and more alerts fell due."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    pledges = [
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"{i} " + "x" * 300)
        for i in range(30)
    ]
    clock.advance(HOUR)
    await crashed_run(store, clock, sender, posts=1)
    (page_one,) = sender.sent
    assert page_one.message.embeds[0].title.endswith("(1/2)")
    await service.mark(GUILD, pledges[0].number, EDITOR, Status.BROKEN)
    more = [await add_pledge(store, clock, due_at=clock.now()) for _ in range(6)]
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert [n for _, n in sender.attempts].count(page_one.nonce) == 2
    digests = [s for s in sender.sent if s.message.embeds[0].title.startswith("Pledgewatch")]
    counts = listed(digests)
    assert set(counts.values()) == {1}
    assert set(counts) == {p.number for p in pledges + more}
    rows = [r for p in pledges for r in await store.outbox_for_pledge(p.id) if r.kind == "due"]
    # The ruled pledge's row is moot now (its line did go out, in the first page).
    assert [r.state for r in rows] == ["skipped"] + ["sent"] * 29


async def test_an_alert_resent_after_a_crash_is_not_folded_into_a_digest(
    store, clock, sender, service
):
    """Sent alone (perhaps), so resent alone with its nonce: a digest line for it as well
    would be a second alert, as Discord cannot deduplicate across the two."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    first = [await add_pledge(store, clock, due_at=START + HOUR) for _ in range(3)]
    clock.advance(HOUR)
    await crashed_run(store, clock, sender, posts=1)
    (posted,) = sender.sent
    later = [await add_pledge(store, clock, due_at=clock.now()) for _ in range(6)]
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert [n for _, n in sender.attempts].count(posted.nonce) == 2
    counts = listed(sender.sent)
    assert set(counts) == {p.number for p in first + later}
    assert set(counts.values()) == {1}
    # The six new ones still make one digest.
    assert sum(1 for s in sender.sent if s.message.content is None) == 1


@pytest.mark.parametrize("change", ["extend", "rule", "delete"])
async def test_a_claimed_alert_made_moot_before_its_send_stays_unsent(
    dispatcher, store, clock, sender, service, change
):
    sent_first = await add_pledge(store, clock, due_at=START + HOUR)
    waiting = await add_pledge(store, clock, due_at=START + HOUR)
    sender.hang[CHANNEL] = release = asyncio.Event()
    await start(dispatcher, clock)
    clock.advance(HOUR)
    for _ in range(10_000):
        await asyncio.sleep(0)
        if sender.attempts:
            break
    # The first is on its way, the second claimed and waiting behind it.
    rows = await states(store, waiting.id)
    assert rows == [("due", "claimed", False)] + [("follow_up", "pending", False)] * 3
    if change == "extend":
        await service.extend(GUILD, waiting.number, EDITOR, "in two weeks")
    elif change == "rule":
        await service.mark(GUILD, waiting.number, EDITOR, Status.BROKEN)
    else:
        await service.delete(GUILD, waiting.number, EDITOR)
    release.set()
    await settle(dispatcher, clock)
    alerts = [s for s in sender.sent if s.message.content.startswith("⌛")]
    assert listed(alerts) == Counter({sent_first.number: 1})
    rows = await store.outbox_for_pledge(waiting.id)
    (due,) = [r for r in rows if r.kind == "due" and r.due_at == START + HOUR]
    assert due.state == "skipped"
    if change == "extend":
        pending = [
            r.kind for r in await store.outbox_for_pledge(waiting.id) if r.state == "pending"
        ]
        assert "due" in pending


async def test_a_database_error_at_start_does_not_end_the_dispatcher(
    dispatcher, store, clock, sender, monkeypatch
):
    await add_pledge(store, clock, due_at=START + 2 * HOUR)
    count_claimed = dispatcher.outbox.count_claimed
    calls = 0

    async def locked_once() -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise sqlite3.OperationalError("database is locked")
        return await count_claimed()

    monkeypatch.setattr(dispatcher.outbox, "count_claimed", locked_once)
    await start(dispatcher, clock)
    assert dispatcher.running
    await run_for(dispatcher, clock, 2 * HOUR)
    assert [s.message.content[0] for s in sender.sent] == ["⌛"]


async def test_a_hanging_send_times_out_and_frees_its_slot_for_other_servers(
    store, clock, sender, service
):
    """discord.py can sit in a request (or its rate-limit retries) for minutes; with every
    slot taken by such sends, other servers' alerts would wait behind them."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    await service.update_settings(OTHER, MANAGER, alert_channel_id=OTHER_CHANNEL)
    await add_pledge(store, clock, OTHER, due_at=START + HOUR - SECOND)
    await add_pledge(store, clock, GUILD, due_at=START + HOUR)
    sender.hang[OTHER_CHANNEL] = asyncio.Event()  # never answers
    dispatcher = Dispatcher(
        store, clock, sender, config=DispatcherConfig(max_servers=1, send_timeout=0.05)
    )
    try:
        dispatcher.start()
        clock.advance(HOUR)
        for _ in range(300):  # real time: the timeout is real seconds
            await asyncio.sleep(0.01)
            if sender.in_channel(CHANNEL):
                break
        assert [s.message.content[0] for s in sender.in_channel(CHANNEL)] == ["⌛"]
        problem = await service.alert_problem(OTHER)
        assert problem and "no answer from Discord" in problem
        (due,) = [r for r in await store.outbox.rows_for_guild(OTHER) if r.kind == "due"]
        assert (due.state, due.attempts) == ("pending", 1)
    finally:
        await dispatcher.stop()


# -- sharding -------------------------------------------------------------------------------


def shard_of(guild_id: int, count: int = 2) -> int:
    return (guild_id >> 22) % count


async def test_two_processes_with_complementary_shards_deliver_each_alert_once(
    tmp_path, store, clock, service
):
    """Two processes, one shard each, on one database file: each server's alerts come
    from exactly one of them, and neither wakes for the other's servers."""
    guilds = [(n << 22) + 17 for n in range(1, 7)]  # shards 1, 0, 1, 0, 1, 0
    for index, guild in enumerate(guilds):
        await service.update_settings(guild, MANAGER, alert_channel_id=CHANNEL + index)
        for _ in range(index + 1):  # up to 6 alerts: singles and one digest
            await add_pledge(store, clock, guild, due_at=START + HOUR)
    other_store = Store(store.path)
    await other_store.open()
    senders = [FakeSender(), FakeSender()]
    # One clock per process, moved together: settle() asks the clock whether its
    # dispatcher is asleep, and a shared clock would count the other process's sleep.
    clocks = [clock, FakeClock(clock.now())]
    processes = [
        Dispatcher(store, clocks[0], senders[0], owns=lambda g: shard_of(g) == 0),
        Dispatcher(other_store, clocks[1], senders[1], owns=lambda g: shard_of(g) == 1),
    ]

    def advance_both(delta: timedelta) -> None:
        for each in clocks:
            each.advance(delta)

    try:
        processes[0].start()
        await settle(processes[0], clocks[0])
        advance_both(HOUR)
        await settle(processes[0], clocks[0])
        # Shard 1's alerts are due, but shard 0's process neither sends them nor spins.
        assert processes[0].sleeping_until == clock.now() + HOUR
        processes[1].start()
        await settle(processes[1], clocks[1])
        for _ in range(24):
            advance_both(HOUR)
            for process, own_clock in zip(processes, clocks, strict=True):
                await settle(process, own_clock)
    finally:
        for process in processes:
            await process.stop()
        await other_store.close()
    for shard, sender in enumerate(senders):
        for sent in sender.sent:
            assert shard_of(guilds[sent.channel_id - CHANNEL]) == shard
    for index, guild in enumerate(guilds):
        # The due alerts, then the 1-day follow-ups: every pledge twice, from one process.
        in_channel = [s for sender in senders for s in sender.in_channel(CHANNEL + index)]
        assert set(listed(in_channel).values()) == {2} and len(listed(in_channel)) == index + 1
        rows = await store.outbox.rows_for_guild(guild)
        assert {r.state for r in rows if r.kind == "due"} == {"sent"}
    assert all(p.wakeups <= 27 for p in processes)


@pytest.mark.parametrize(
    ("shard_count", "shard_id", "shard_ids", "owned"),
    [
        (None, None, None, {0, 1, 2, 3}),
        (1, 0, None, {0, 1, 2, 3}),
        (2, 0, None, {0, 2}),
        (2, 1, None, {1, 3}),
        (4, None, [1, 2], {1, 2}),
        (3, None, None, {0, 1, 2, 3}),
    ],
)
def test_a_bot_owns_the_servers_of_its_shards(shard_count, shard_id, shard_ids, owned):
    bot = SimpleNamespace(shard_count=shard_count, shard_id=shard_id)
    if shard_ids is not None:
        bot.shard_ids = shard_ids
    owns = shard_owner(bot)
    assert {n for n in range(4) if owns((n << 22) + 99)} == owned
