"""A server that removes the bot, and invites it back, end to end.

Removed (GUILD_DELETE without `unavailable`), the server's channels answer 403 Missing
Access to the bot; its alerts must wait untried (each try is an invalid request, which
Discord counts towards an IP ban, and a warning in the operator's log every hour,
forever), its pledges and settings stay, and once the bot is invited back the alerts
it missed go out at once, not after the backoff of the 403s it would have collected.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.chat.removal import parked_by_removal
from tests.e2e.test_alerts_e2e import DUE, alerts, quiet, record_merz, set_channel


async def gone(bot, clock, guild_id: int) -> None:
    """Until the bot has heard of its removal and parked the server's alerts."""
    for _ in range(2500):
        _channel, failure = await bot.store.outbox.guild_state(guild_id)
        if bot.get_guild(guild_id) is None and parked_by_removal(failure, clock.now()):
            return
        await asyncio.sleep(0.002)
    raise AssertionError("the bot did not park the alerts of the server it was removed from")


async def removed_across_the_heads_up(fake, bot, clock):
    guild = fake.guilds[0]
    await set_channel(fake)
    await record_merz(fake)
    await fake.remove_bot(guild)
    await gone(bot, clock, guild.id)
    clock.set(DUE - timedelta(days=1))  # the heads-up falls due while the bot is out
    await quiet(bot, clock)
    for _ in range(6):  # hours pass: not one try against the 403
        clock.advance(timedelta(minutes=30))
        await quiet(bot, clock)
    posts = fake.requests_to(f"POST /channels/{guild.alert_channel_id}/messages")
    assert posts == []
    return guild


async def test_a_removed_server_is_not_tried_and_gets_its_alerts_once_invited_back(
    fake_discord, running_bot, clock
):
    guild = await removed_across_the_heads_up(fake_discord, running_bot, clock)
    other = fake_discord.guilds[1]
    assert running_bot.get_guild(other.id) is not None  # only the one server left

    await fake_discord.invite_bot(guild)
    # At once, on the same clock: no backoff left from tries that never happened.
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    assert heads_up.content.startswith("⏰ Heads-up: pledge #1")
    assert "Late" in heads_up.content
    await quiet(running_bot, clock)
    assert len(alerts(fake_discord)) == 1
    pledge = await running_bot.service.get(guild.id, 1)  # the data stayed
    assert pledge.promise == "Putin and Zelenskyy will meet"


async def test_invited_back_while_the_bot_was_down(fake_discord, bot_factory, clock):
    bot = await bot_factory.start()
    guild = await removed_across_the_heads_up(fake_discord, bot, clock)
    await bot_factory.stop()
    await fake_discord.invite_bot(guild)
    bot = await bot_factory.start(sync=False)
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    assert heads_up.content.startswith("⏰ Heads-up: pledge #1")


async def test_removed_while_the_bot_was_down(fake_discord, bot_factory, clock):
    guild = fake_discord.guilds[0]
    bot = await bot_factory.start()
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    await bot_factory.stop()
    await fake_discord.remove_bot(guild)  # no event reaches the bot: it is down
    bot = await bot_factory.start(sync=False)
    assert bot.get_guild(guild.id) is None
    await gone(bot, clock, guild.id)
    clock.set(DUE - timedelta(days=1))
    for _ in range(6):
        clock.advance(timedelta(minutes=30))
        await quiet(bot, clock)
    assert fake_discord.requests_to(f"POST /channels/{guild.alert_channel_id}/messages") == []

    await fake_discord.invite_bot(guild)
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    assert heads_up.content.startswith("⏰ Heads-up: pledge #1")
