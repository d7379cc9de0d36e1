"""A member sees that alerts are not going out when the bot may not post in the alert
channel, not only a member with Manage Server through /pledgewatch show: the card and
the list say so (as they say "paused" when no channel is set), and stop saying so once
an alert went out again."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.test_alerts_e2e import DUE, quiet, record_merz, set_channel
from tests.fakediscord import SEND_MESSAGES


def footers(result) -> str:
    return " ".join(e.get("footer", {}).get("text", "") for e in result.embeds)


async def test_a_channel_the_bot_may_not_post_in_is_shown_to_members(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await record_merz(fake_discord)
    show = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert "Alerts are" not in footers(show)

    await fake_discord.set_overwrite(
        guild.alert_channel_id, fake_discord.bot_user, deny=SEND_MESSAGES
    )
    clock.set(DUE - timedelta(days=1))  # the heads-up is due: Discord answers 403
    await quiet(running_bot, clock)
    for command, options in (("pledge show", {"number": 1}), ("pledge list", {})):
        seen = await fake_discord.invoke(guild, command, options)
        assert "Alerts are waiting" in footers(seen), command
        assert "/pledgewatch show" in footers(seen)

    await fake_discord.set_overwrite(guild.alert_channel_id, fake_discord.bot_user)
    clock.advance(timedelta(minutes=10))
    await fake_discord.wait_for_message(guild.alert_channel_id)
    await quiet(running_bot, clock)
    show = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert "Alerts are" not in footers(show)
