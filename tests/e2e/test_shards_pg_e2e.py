"""Two `python -m bot run` processes, shards 0 and 1 of 2, against one PostgreSQL
database and the fake Discord: each server's alerts are posted by the process whose
shard owns the server, and a process killed with SIGKILL in the middle of a delivery
is restarted without losing or doubling an alert."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timedelta

from bot.core.alerts import AlertKind, PlannedAlert
from bot.core.clock import SystemClock
from db.pg import PgStore
from tests.e2e.test_process_e2e import start_bot_process
from tests.fakediscord import FakeDiscord

ALERTS_PER_SERVER = 3  # at most the digest threshold: each goes out as its own message
TIMEOUT = 60.0


class TickingClock:
    """Real time that moves on by at least a millisecond per reading, so the fake's
    guild ids (snowflakes: time << 22) land on different shards."""

    def __init__(self) -> None:
        self._real = SystemClock()
        self._last = self._real.now()

    def now(self) -> datetime:
        self._last = max(self._real.now(), self._last + timedelta(milliseconds=1))
        return self._last


def shard_of(guild_id: int) -> int:
    return (guild_id >> 22) % 2


async def _plant(url: str, fake: FakeDiscord, due: datetime) -> None:
    """Each server: an alert channel and pledges whose due alerts fall due at `due`."""
    async with PgStore(url) as store:
        now = SystemClock().now()
        for guild in fake.guilds:
            await store.update_settings(guild.id, {"alert_channel_id": guild.alert_channel_id}, now)
            for n in range(ALERTS_PER_SERVER):
                fields = {
                    "speaker": "Friedrich Merz",
                    "promise": f"promise {n} of server {guild.name}",
                    "said_at": now,
                    "recorded_by": 1,
                    "deadline_text": "within two weeks",
                    "due_at": due,
                }
                await store.insert_pledge(
                    guild.id, fields, now, alerts=[PlannedAlert(AlertKind.DUE, due)]
                )


async def _until(predicate, what: str) -> None:
    for _ in range(int(TIMEOUT / 0.05)):
        if await predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"waited {TIMEOUT:g} s for {what}")


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.kill()
    with contextlib.suppress(ProcessLookupError):
        await process.wait()


async def test_two_shard_processes_on_one_postgres_post_each_alert_once(pg_server, tmp_path):
    url = await pg_server.fresh_database()
    processes: dict[int, asyncio.subprocess.Process] = {}
    try:
        async with FakeDiscord(guilds=2, clock=TickingClock(), shard_count=2) as fake:
            by_shard = {shard_of(g.id): g for g in fake.guilds}
            assert sorted(by_shard) == [0, 1], "one server on each shard"
            victim, survivor = by_shard[0], by_shard[1]
            await _plant(url, fake, SystemClock().now() + timedelta(seconds=4))
            # The victim's first post lands in the channel, but its answer never comes.
            fake.stall_after_post[victim.alert_channel_id] = stalled = asyncio.Event()

            def start(shard: int) -> asyncio.Task[asyncio.subprocess.Process]:
                settings = {"PLEDGEWATCH_SHARD_ID": str(shard), "PLEDGEWATCH_SHARD_COUNT": "2"}
                return asyncio.ensure_future(
                    start_bot_process(fake, tmp_path / "unused.db", database=url, **settings)
                )

            for shard in (0, 1):
                processes[shard] = await start(shard)

            async def posted(guild, count: int) -> bool:
                return len(fake.messages(guild.alert_channel_id)) >= count

            await _until(lambda: posted(victim, 1), "the victim's first alert")
            await _until(lambda: posted(survivor, ALERTS_PER_SERVER), "the survivor's alerts")
            processes[0].kill()  # SIGKILL, mid-delivery: a post without its answer
            await processes[0].wait()
            del fake.stall_after_post[victim.alert_channel_id]
            stalled.set()

            async with PgStore(url) as store:
                rows = await store.outbox.rows_for_guild(victim.id)
                assert sorted(r.state for r in rows) == ["claimed"] * ALERTS_PER_SERVER
                # The other shard's process leaves the dead one's server alone.
                await asyncio.sleep(2)
                assert len(fake.messages(victim.alert_channel_id)) == 1
                assert all(r.state != "sent" for r in await store.outbox.rows_for_guild(victim.id))

                processes[0] = await start(0)  # the shard's process is restarted

                # Each confirmed due alert is followed in the outbox by its pledge's
                # next alert (a follow-up days away; only the next is stored since
                # issue 15), which waits.
                async def all_sent() -> bool:
                    rows = [r for g in fake.guilds for r in await store.outbox.rows_for_guild(g.id)]
                    due = [r.state for r in rows if r.kind is AlertKind.DUE]
                    later = [r.state for r in rows if r.kind is not AlertKind.DUE]
                    done = due == ["sent"] * (2 * ALERTS_PER_SERVER)
                    return done and later == ["pending"] * (2 * ALERTS_PER_SERVER)

                await _until(all_sent, "every alert confirmed")
                victim_rows = [
                    r for r in await store.outbox.rows_for_guild(victim.id) if r.state == "sent"
                ]

            for guild in fake.guilds:
                messages = fake.messages(guild.alert_channel_id)
                assert len(messages) == ALERTS_PER_SERVER, guild.name
                assert all(m.content.startswith("⌛") for m in messages)
            posts = fake.requests_to(f"POST /channels/{victim.alert_channel_id}/messages")
            nonces = [p.json["nonce"] for p in posts]
            # The stalled one was sent again with its nonce, and Discord kept one copy.
            assert len(nonces) == ALERTS_PER_SERVER + 1
            assert len(set(nonces)) == ALERTS_PER_SERVER
            ids = {m.id for m in fake.messages(victim.alert_channel_id)}
            assert {r.message_id for r in victim_rows} == ids
            assert fake.spec_violations == []
    finally:
        for process in processes.values():
            await _stop(process)
        await pg_server.drop_database(url)
