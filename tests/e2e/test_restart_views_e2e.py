"""Buttons and forms of a process that is gone (review u42): list pages, the scorecard's
Chart, a delete confirmation, extract's Add buttons and the paste form live in the
process that posted them. After a restart (or a crash) a click on one was answered by
nobody, so Discord showed "This interaction failed". Now the member is told, privately,
that they expired and to run the command again; the alerts' persistent buttons still
work as before."""

from __future__ import annotations

from tests.e2e.test_alerts_e2e import due_alert, quiet, set_channel
from tests.e2e.test_extract_e2e import pledge_count

ARTICLE = "The minister said he will publish the report by 1 May 2026."


async def test_a_click_on_a_view_of_the_last_process_says_it_expired(fake_discord, bot_factory):
    await bot_factory.start()
    guild = fake_discord.guilds[0]
    for i in range(12):
        await fake_discord.invoke(guild, "pledge add", {"speaker": "S", "promise": f"p{i}"})
    listed = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    record = await fake_discord.invoke(guild, "pledge record", {})
    delete = await fake_discord.invoke(guild, "pledge delete", {"number": 1})
    upload = fake_discord.upload("a.txt", ARTICLE)
    found = (await fake_discord.invoke(guild, "pledge extract", {"file": upload})).message
    form = await fake_discord.invoke(guild, "pledge extract")
    await bot_factory.restart()

    clicks = [
        (listed.message, next(b for b in listed.message.buttons() if b["label"] == "Next")),
        (record.message, record.message.buttons()[0]),
        (delete.message, delete.message.buttons()[0]),
        (found, found.component("extract:add:0")),
    ]
    for message, button in clicks:
        result = await fake_discord.click(message, button["custom_id"])
        assert result.ephemeral and "expired" in result.content, button
        assert "run the command again" in result.content.lower()
    submitted = await fake_discord.submit_modal(form, {"extract:text": ARTICLE})
    assert submitted.ephemeral and "expired" in submitted.content
    # Nothing was done on their behalf: #1 not deleted, no candidate added.
    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert not shown.ephemeral
    assert await pledge_count(fake_discord) == 12


async def test_live_views_and_persistent_buttons_are_not_told_they_expired(
    fake_discord, bot_factory, clock
):
    bot = await bot_factory.start()
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, bot, clock)  # pledge #1's ruling buttons
    for i in range(12):
        await fake_discord.invoke(guild, "pledge add", {"speaker": "S", "promise": f"p{i}"})
    listed = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    turned = await fake_discord.click(listed.message, listed.message.buttons()[1]["custom_id"])
    assert not turned.ephemeral and "Page 2 of 2" in fake_discord.message(listed.message.id).text
    # The alert's buttons, posted by the process before, answer after a restart.
    bot = await bot_factory.restart()
    await quiet(bot, clock)
    ruled = await fake_discord.click(alert, f"pledge:rule:{guild.id}:1:broken")
    assert ruled.type == 7 and not ruled.ephemeral, ruled.content  # the alert, edited
    assert "ruled **broken**" in fake_discord.message(alert.id).content
