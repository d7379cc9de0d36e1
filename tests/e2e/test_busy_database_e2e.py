"""The SQLite file held by another program (a sqlite3 shell left in a transaction, a
migration or a VACUUM run by hand) for longer than the busy timeout, end to end.

The member is told that the database is busy and this was not saved, not "something went
wrong on our side"; the operator's log names the file and the cause in one warning, not
an "Interaction failed" error with a traceback that reads as a bug."""

from __future__ import annotations

import contextlib
import logging
import sqlite3

from tests.e2e.test_alerts_e2e import MERZ, due_alert, quiet, set_channel
from tests.e2e.test_extract_e2e import MERZ_SENTENCE


async def test_a_database_held_by_another_program_is_named_not_a_bug(
    fake_discord, running_bot, bot_factory, caplog
):
    guild = fake_discord.guilds[0]
    holder = sqlite3.connect(bot_factory.db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with caplog.at_level(logging.WARNING):
            refused = await fake_discord.invoke(guild, "pledge add", MERZ)
        # Deferred while it waited for the lock: the answer is a private follow-up.
        (answer,) = refused.followups
        assert answer.flags & 64  # ephemeral
        assert "database is busy" in answer.text and "was not saved" in answer.text
        assert "went wrong" not in answer.text
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        (busy,) = [r for r in caplog.records if "busy" in r.getMessage()]
        assert busy.levelno == logging.WARNING and str(bot_factory.db_path) in busy.getMessage()
        assert busy.exc_info is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    recorded = await fake_discord.invoke(guild, "pledge add", MERZ)
    assert recorded.content.startswith("Recorded pledge #1")


@contextlib.contextmanager
def held(path):
    """Another program holding the database's write lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_follow_on_a_busy_database_is_answered_privately_in_time(
    fake_discord, running_bot, bot_factory
):
    """/pledge follow writes, and answered only once written: waiting out the 5-second
    busy timeout it missed Discord's 3 seconds, and the member read "The application did
    not respond" with no word of why or whether it was saved."""
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(guild, "pledge add", MERZ)
    with held(bot_factory.db_path):
        refused = await fake_discord.invoke(guild, "pledge follow", {"number": 1}, timeout=10)
    # Deferred privately while it waited; the refusal takes the placeholder's place.
    assert refused.deferred and refused.ephemeral, refused
    assert "database is busy" in refused.content and "not saved" in refused.content
    followed = await fake_discord.invoke(guild, "pledge follow", {"number": 1})
    assert followed.ephemeral and "You now follow pledge #1" in followed.content


async def test_a_ruling_button_on_a_busy_database_is_answered_privately_in_time(
    fake_discord, running_bot, bot_factory, clock
):
    """The alert's buttons wrote before answering too: the click failed silently."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await quiet(running_bot, clock)
    broken = f"pledge:rule:{guild.id}:1:broken"
    with held(bot_factory.db_path):
        refused = await fake_discord.click(alert, broken, timeout=10)
        (answer,) = await refused.wait_followups(1, timeout=10)
    assert refused.deferred
    assert answer.flags & 64 and "database is busy" in answer.text, answer.text
    assert fake_discord.message(alert.id).content.startswith("⌛")  # still asking
    ruled = await fake_discord.click(alert, broken)
    assert "was ruled **broken**" in fake_discord.message(alert.id).content, ruled


async def test_slow_follow_button_and_extend_form_are_answered_after_a_defer(
    fake_discord, running_bot, clock, monkeypatch
):
    """Deferred (here at once), each is answered where it would have been: the follow
    privately, the ruling and the extension on the alert itself."""
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", 0)
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await quiet(running_bot, clock)
    followed = await fake_discord.invoke(guild, "pledge follow", {"number": 1})
    assert followed.type == 5 and followed.ephemeral
    assert followed.content.startswith("You now follow pledge #1")
    unfollowed = await fake_discord.invoke(guild, "pledge unfollow", {"number": 1})
    assert unfollowed.ephemeral and unfollowed.content == "You no longer follow pledge #1."
    clicked = await fake_discord.click(alert, f"pledge:rule:{guild.id}:1:fulfilled")
    assert clicked.type == 6 and clicked.followups == []
    assert "was ruled **fulfilled**" in fake_discord.message(alert.id).content
    await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "open"}, user=fake_discord.moderator
    )
    await quiet(running_bot, clock)  # the alert has its buttons back
    opened = await fake_discord.click(alert, f"pledge:extend:{guild.id}:1")
    extended = await fake_discord.submit_modal(opened, {"deadline": "in a fortnight"})
    assert extended.type == 6 and extended.followups == []
    assert fake_discord.message(alert.id).content.startswith("⏩")


async def test_a_candidates_add_button_on_a_busy_database_is_answered_in_time(
    fake_discord, running_bot, bot_factory, monkeypatch
):
    """/pledge extract's Add and Add all wrote before answering too."""
    guild = fake_discord.guilds[0]
    upload = fake_discord.upload("article.txt", MERZ_SENTENCE)
    listed = await fake_discord.invoke(
        guild, "pledge extract", {"file": upload, "published": "18 August 2025"}
    )
    message = listed.message
    with held(bot_factory.db_path):
        refused = await fake_discord.click(message, "extract:add:0", timeout=10)
        (answer,) = await refused.wait_followups(1, timeout=10)
    assert refused.deferred and answer.flags & 64 and "database is busy" in answer.text
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", 0)
    added = await fake_discord.click(message, "extract:add:0")
    assert added.type == 6
    assert fake_discord.message(message.id).component("extract:add:0")["label"] == "Added #1"
    assert "as pledge #1" in added.followups[0].content
