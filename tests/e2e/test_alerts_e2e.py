"""Alerts end to end: the real PledgeBot (dispatcher, store, buttons) against the fake
Discord, with time moved by the FakeClock both share.

Waiting is never on time: after the clock moves, `quiet` yields (in tiny steps, for the
fake's HTTP round trips) until the bot's dispatcher is parked in its FakeClock sleep
with nothing in flight, and messages are awaited with the fake's own helpers.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from tests.fakediscord import SEND_MESSAGES

DUE = datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)  # "within two weeks" said on 18 August
MERZ = {
    "speaker": "Friedrich Merz",
    "promise": "Putin and Zelenskyy will meet",
    "deadline": "within two weeks",
}


def dispatcher_of(bot):
    return bot.get_cog("AlertsCog").dispatcher


async def quiet(bot, clock) -> None:
    """Until the dispatcher sleeps on the FakeClock with no server task running."""
    dispatcher = dispatcher_of(bot)
    for _ in range(5000):
        if dispatcher.idle and clock.sleeping:
            return
        await asyncio.sleep(0.002)
    raise AssertionError("the alert dispatcher did not settle")


async def set_channel(fake, guild=None, channel_id=None):
    guild = guild or fake.guilds[0]
    result = await fake.invoke(
        guild,
        "pledgewatch channel",
        {"channel": channel_id or guild.alert_channel_id},
        user=fake.moderator,
    )
    assert not result.content or "Alerts will be posted" in result.content
    return result


def alerts(fake, guild=None):
    guild = guild or fake.guilds[0]
    return fake.messages(guild.alert_channel_id)


async def record_merz(fake, **options):
    result = await fake.invoke(fake.guilds[0], "pledge add", {**MERZ, **options})
    assert result.content.startswith("Recorded pledge #")
    return result


async def due_alert(fake, bot, clock):
    """Record a pledge, move to its heads-up and then its deadline; the due alert."""
    await record_merz(fake)
    clock.set(DUE - timedelta(days=1))
    heads_up = await fake.wait_for_message(
        fake.guilds[0].alert_channel_id, lambda m: m.content.startswith("⏰")
    )
    assert heads_up.buttons() == []
    clock.set(DUE)
    return await fake.wait_for_message(
        fake.guilds[0].alert_channel_id, lambda m: m.content.startswith("⌛")
    )


async def test_seeding_long_past_pledges_sends_one_catch_up_digest(
    fake_discord, running_bot, clock
):
    clock.set(datetime(2025, 12, 1, 12, tzinfo=UTC))
    await quiet(running_bot, clock)
    await set_channel(fake_discord)
    seeded = await fake_discord.invoke(
        fake_discord.guilds[0], "pledgewatch seed", user=fake_discord.moderator
    )
    assert "Imported 7 pledge(s)" in seeded.text
    digest = await fake_discord.wait_for_message(fake_discord.guilds[0].alert_channel_id)
    await quiet(running_bot, clock)
    assert alerts(fake_discord) == [digest]  # one message, not a flood
    (embed,) = digest.embeds
    assert embed["title"] == "Pledgewatch digest: 7 alerts"
    lines = embed["description"].splitlines()
    assert len(lines) == 7
    for number, line in enumerate(lines, start=1):
        assert f"**#{number}**" in line and f"/pledge show {number}" in line
        # Seeded already past their moments: introduced as such, not as late alerts.
        assert "*past when added*" in line and "*late*" not in line
    assert "7 pledge(s) were already past their deadlines" in embed["footer"]["text"]
    assert "could not be posted" not in embed["footer"]["text"]
    merz = next(line for line in lines if "Putin" in line)
    assert f"<t:{int(DUE.timestamp())}:D>" in merz
    assert "no deadline" in next(line for line in lines if "co-ordinate" in line)
    assert digest.allowed_mentions == {"parse": []} and digest.pinged_user_ids == []
    assert digest.enforce_nonce and digest.nonce


async def test_alerts_wait_for_a_channel_then_go_out(fake_discord, running_bot, clock):
    await record_merz(fake_discord)
    clock.set(DUE + timedelta(hours=1))
    await quiet(running_bot, clock)
    assert alerts(fake_discord) == []
    show = await fake_discord.invoke(
        fake_discord.guilds[0], "pledgewatch show", user=fake_discord.moderator
    )
    assert "Alerts are paused" in show.text
    await set_channel(fake_discord)
    alert = await fake_discord.wait_for_message(fake_discord.guilds[0].alert_channel_id)
    assert alert.content.startswith("⌛ Deadline reached for pledge #1")
    assert "Late: this alert was due" in alert.content  # the heads-up was folded into it


async def test_due_alert_arrives_on_time_with_ruling_buttons(fake_discord, running_bot, clock):
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    assert alert.content == "⌛ Deadline reached for pledge #1: was it kept?"
    assert alert.embeds[0]["title"].startswith("#1 · Putin and Zelenskyy will meet")
    assert alert.custom_ids == [
        f"pledge:rule:{guild.id}:1:fulfilled",
        f"pledge:rule:{guild.id}:1:partly",
        f"pledge:rule:{guild.id}:1:broken",
        f"pledge:extend:{guild.id}:1",
    ]
    assert all(len(custom_id) <= 100 for custom_id in alert.custom_ids)
    assert alert.allowed_mentions == {"parse": []} and alert.enforce_nonce


async def test_broken_button_rules_edits_the_alert_and_posts_a_status_update(
    fake_discord, running_bot, clock
):
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    stranger = await fake_discord.click(
        alert, f"pledge:rule:{guild.id}:1:broken", user=fake_discord.stranger
    )
    assert stranger.ephemeral and "can't rule on #1" in stranger.content
    assert fake_discord.message(alert.id).buttons()  # untouched

    click = await fake_discord.click(
        alert, f"pledge:rule:{guild.id}:1:broken", user=fake_discord.member
    )
    assert click.type == 7  # the alert itself was updated
    edited = fake_discord.message(alert.id)
    assert edited.buttons() == []
    assert f"was ruled **broken** by <@{fake_discord.member.id}>" in edited.content
    assert "broken" in edited.embeds[0]["fields"][0]["value"]
    update = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("📣")
    )
    assert update.content.startswith(
        f"📣 Pledge #1: <@{fake_discord.member.id}> ruled it **broken**."
    )
    assert update.pinged_user_ids == []
    await quiet(running_bot, clock)
    # Nothing more is planned for a ruled pledge.
    clock.set(DUE + timedelta(days=40))
    await quiet(running_bot, clock)
    assert [m.content[0] for m in alerts(fake_discord)] == ["⏰", "❌", "📣"]  # ⌛ was edited


async def test_ruling_by_command_posts_a_status_update_and_edits_the_alert(
    fake_discord, running_bot, clock
):
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await fake_discord.invoke(
        fake_discord.guilds[0],
        "pledge mark",
        {"number": 1, "status": "fulfilled", "note": "They met", "evidence": "https://e.x/m"},
    )
    update = await fake_discord.wait_for_message(
        fake_discord.guilds[0].alert_channel_id, lambda m: m.content.startswith("📣")
    )
    assert "ruled it **fulfilled**" in update.content
    assert "Note: They met" in update.content and "https://e.x/m" in update.content
    await quiet(running_bot, clock)
    edited = fake_discord.message(alert.id)
    assert edited.buttons() == [] and "ruled **fulfilled**" in edited.content


async def test_buttons_keep_working_after_a_restart(fake_discord, bot_factory, clock):
    bot = await bot_factory.start()
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, bot, clock)
    guild = fake_discord.guilds[0]
    bot = await bot_factory.restart()
    await quiet(bot, clock)

    extend = await fake_discord.click(alert, f"pledge:extend:{guild.id}:1")
    assert extend.type == 9 and extend.modal["title"] == "Extend pledge #1"
    submitted = await fake_discord.submit_modal(
        extend, {"deadline": "by the end of October", "reason": "Talks postponed"}
    )
    assert not submitted.ephemeral
    edited = fake_discord.message(alert.id)
    assert edited.buttons() == []
    assert f"<@{fake_discord.member.id}> extended pledge #1" in edited.content
    assert "read as: “by the end of October”" in edited.content  # issue 12
    pledge = await bot.service.get(guild.id, 1)
    assert pledge.due_at == datetime(2025, 10, 31, 23, 59, 59, tzinfo=UTC)

    # Another restart, then the new deadline's alert and a ruling on it.
    bot = await bot_factory.restart()
    clock.set(pledge.due_at)
    second = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛") and m.id != alert.id
    )
    await fake_discord.click(second, f"pledge:rule:{guild.id}:1:partly")
    assert "ruled **partly fulfilled**" in fake_discord.message(second.id).content
    await fake_discord.wait_for_message(guild.alert_channel_id, lambda m: m.content[0] == "📣")


async def test_extend_with_unreadable_words_is_refused_privately(fake_discord, running_bot, clock):
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    extend = await fake_discord.click(alert, f"pledge:extend:{guild.id}:1")
    refused = await fake_discord.submit_modal(extend, {"deadline": "when pigs fly"})
    assert refused.ephemeral and "“when pigs fly”" in refused.content
    assert fake_discord.message(alert.id).buttons()  # still asking
    stranger = await fake_discord.click(
        alert, f"pledge:extend:{guild.id}:1", user=fake_discord.stranger
    )
    assert stranger.ephemeral and "can't extend #1" in stranger.content


async def test_forbidden_channel_pauses_alerts_and_resumes_without_losing_one(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    await fake_discord.set_overwrite(
        guild.alert_channel_id, fake_discord.bot_user, deny=SEND_MESSAGES
    )
    clock.set(DUE - timedelta(days=1))  # the heads-up is due: Discord answers 403
    await quiet(running_bot, clock)
    posts = f"POST /channels/{guild.alert_channel_id}/messages"
    assert len(fake_discord.requests_to(posts)) == 1
    assert alerts(fake_discord) == []
    show = await fake_discord.invoke(guild, "pledgewatch show", user=fake_discord.moderator)
    assert "I could not post in" in show.text and "missing permissions" in show.text

    for _ in range(9):  # no retry within ten minutes, however often the bot wakes
        clock.advance(timedelta(minutes=1))
        await quiet(running_bot, clock)
    assert len(fake_discord.requests_to(posts)) == 1

    await fake_discord.set_overwrite(guild.alert_channel_id, fake_discord.bot_user)
    clock.advance(timedelta(minutes=1))
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    assert heads_up.content.startswith("⏰ Heads-up: pledge #1")
    assert "Late" in heads_up.content
    # The show reads on its own connection since issue 15: let the dispatcher record
    # the delivery it just made before asking.
    await quiet(running_bot, clock)
    show = await fake_discord.invoke(guild, "pledgewatch show", user=fake_discord.moderator)
    assert "I could not post in" not in show.text

    clock.set(DUE)
    await fake_discord.wait_for_message(guild.alert_channel_id, lambda m: m.content[0] == "⌛")
    await quiet(running_bot, clock)
    assert [m.content[0] for m in alerts(fake_discord)] == ["⏰", "⌛"]
    assert len(fake_discord.requests_to(posts)) == 3


async def test_one_server_without_permission_does_not_hold_up_another(
    fake_discord, running_bot, clock
):
    first, second = fake_discord.guilds
    for guild in (first, second):
        await set_channel(fake_discord, guild)
        await fake_discord.invoke(guild, "pledge add", MERZ)
    await fake_discord.set_overwrite(
        first.alert_channel_id, fake_discord.bot_user, deny=SEND_MESSAGES
    )
    clock.set(DUE - timedelta(days=1))
    await fake_discord.wait_for_message(second.alert_channel_id)
    await quiet(running_bot, clock)
    assert alerts(fake_discord, first) == []


@pytest.mark.parametrize("count", [3, 6])
async def test_a_burst_becomes_a_digest_only_above_five(fake_discord, running_bot, clock, count):
    await set_channel(fake_discord)
    for i in range(count):
        await record_merz(fake_discord, promise=f"Promise {i}")
    clock.set(DUE - timedelta(days=1))
    await fake_discord.wait_for_message(fake_discord.guilds[0].alert_channel_id)
    await quiet(running_bot, clock)
    posted = alerts(fake_discord)
    if count <= 5:
        assert [m.content[0] for m in posted] == ["⏰"] * count
    else:
        assert len(posted) == 1 and posted[0].embeds[0]["title"].endswith(f"{count} alerts")


async def test_a_crash_between_claim_and_confirm_resends_once_and_discord_keeps_one(
    fake_discord, bot_factory, clock
):
    bot = await bot_factory.start()
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    clock.set(DUE - timedelta(days=1))
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    await quiet(bot, clock)
    # As if the process died after Discord took the message but before its id was
    # recorded: the row is claimed and has no message id.
    async with bot.store.transaction() as db:
        await db.execute(
            "UPDATE alert_outbox SET state = 'claimed', message_id = NULL, sent_at = NULL "
            "WHERE kind = 'heads_up'"
        )
    bot = await bot_factory.restart()
    await quiet(bot, clock)
    posts = fake_discord.requests_to(f"POST /channels/{guild.alert_channel_id}/messages")
    assert len(posts) == 2
    assert posts[0].json["nonce"] == posts[1].json["nonce"]
    assert alerts(fake_discord) == [heads_up]  # Discord dropped the duplicate
    (row,) = [r for r in await bot.store.outbox_for_pledge(guild.id, 1) if r.kind == "heads_up"]
    assert (row.state, row.message_id) == ("sent", heads_up.id)


async def test_a_process_delivers_only_the_servers_of_its_shard(fake_discord, running_bot, clock):
    """Several processes share one database, each running its own shard: the bot's
    dispatcher leaves alone the servers of another shard (discord.py's rule)."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    ours = (guild.id >> 22) % 2
    running_bot.shard_count, running_bot.shard_id = 2, 1 - ours  # another shard's process
    clock.set(DUE)
    dispatcher_of(running_bot).wake()
    await quiet(running_bot, clock)
    assert alerts(fake_discord) == []
    running_bot.shard_id = ours  # the process that runs this server's shard
    dispatcher_of(running_bot).wake()
    await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛")
    )
    await quiet(running_bot, clock)
    assert [m.content[0] for m in alerts(fake_discord)] == ["⌛"]  # the heads-up was folded in


async def test_after_a_crash_and_long_downtime_the_alert_is_found_not_posted_twice(
    fake_discord, bot_factory, clock
):
    """Beyond Discord's nonce memory a resend after a crash posted the alert twice
    (#11, finding 5): the retry now finds the alert in the channel by its reference."""
    bot = await bot_factory.start()
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    clock.set(DUE - timedelta(days=1))
    heads_up = await fake_discord.wait_for_message(guild.alert_channel_id)
    await quiet(bot, clock)
    async with bot.store.transaction() as db:
        await db.execute(
            "UPDATE alert_outbox SET state = 'claimed', message_id = NULL, sent_at = NULL "
            "WHERE kind = 'heads_up'"
        )
    await bot_factory.stop(bot)
    fake_discord.remember_nonces = False
    clock.set(DUE - timedelta(hours=20))  # four hours of downtime, still before the due alert
    bot = await bot_factory.start()
    await quiet(bot, clock)
    posts = fake_discord.requests_to(f"POST /channels/{guild.alert_channel_id}/messages")
    assert len(posts) == 1 and alerts(fake_discord) == [heads_up]
    looked = fake_discord.requests_to(f"GET /channels/{guild.alert_channel_id}/messages")
    assert len(looked) == 1
    (row,) = [r for r in await bot.store.outbox_for_pledge(guild.id, 1) if r.kind == "heads_up"]
    assert (row.state, row.message_id) == ("sent", heads_up.id)
    assert heads_up.embeds[-1]["footer"]["text"].endswith(f"Alert {posts[0].json['nonce']}")


async def due_and_follow_up(fake, bot, clock):
    """The due alert and the follow-up a day later, both with ruling buttons."""
    due = await due_alert(fake, bot, clock)
    await quiet(bot, clock)
    clock.set(DUE + timedelta(days=1))
    follow_up = await fake.wait_for_message(
        fake.guilds[0].alert_channel_id, lambda m: m.content.startswith("🔔")
    )
    assert fake.message(due.id).buttons() and follow_up.buttons()
    return due, follow_up


async def test_a_ruling_by_command_clears_the_buttons_of_every_earlier_alert(
    fake_discord, running_bot, clock
):
    """Review p42b: only the latest alert was edited, so the due alert kept live
    Fulfilled/Partly/Broken/Extend buttons that a click then refused."""
    await set_channel(fake_discord)
    alerts_sent = await due_and_follow_up(fake_discord, running_bot, clock)
    await fake_discord.invoke(
        fake_discord.guilds[0], "pledge mark", {"number": 1, "status": "fulfilled"}
    )
    await fake_discord.wait_for_message(
        fake_discord.guilds[0].alert_channel_id, lambda m: m.content.startswith("📣")
    )
    await quiet(running_bot, clock)
    for alert in alerts_sent:
        edited = fake_discord.message(alert.id)
        assert edited.buttons() == [] and "ruled **fulfilled**" in edited.content


async def test_a_ruling_by_button_clears_the_buttons_of_the_other_alerts(
    fake_discord, running_bot, clock
):
    await set_channel(fake_discord)
    due, follow_up = await due_and_follow_up(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    await fake_discord.click(follow_up, f"pledge:rule:{guild.id}:1:broken")
    await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("📣")
    )
    await quiet(running_bot, clock)
    for alert in (due, follow_up):
        edited = fake_discord.message(alert.id)
        assert edited.buttons() == [] and "ruled **broken**" in edited.content
    # Reopening gives the buttons back to the latest alert only, as before.
    await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "open"})
    await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("📣") and "open" in m.content
    )
    await quiet(running_bot, clock)
    assert fake_discord.message(follow_up.id).buttons()
    assert fake_discord.message(due.id).buttons() == []
