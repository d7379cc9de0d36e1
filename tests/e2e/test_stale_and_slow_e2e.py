"""What members see on stale buttons and slow writes, end to end (stop 44's fixes)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.chat import render
from tests.e2e.test_alerts_e2e import DUE, MERZ, due_alert, quiet, set_channel
from tests.e2e.test_busy_database_e2e import held


async def delete_pledge(fake, number: int) -> None:
    guild = fake.guilds[0]
    ask = await fake.invoke(guild, "pledge delete", {"number": number})
    done = await fake.click(ask.message, ask.message.buttons()[0]["custom_id"])
    assert "was deleted" in fake.message(ask.message.id).content, done


async def test_a_deletion_takes_the_buttons_off_its_alerts(fake_discord, running_bot, clock):
    """Only a clicked alert lost its buttons after a deletion: the others kept them, and a
    member who clicked one later was refused with a notice."""
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await quiet(running_bot, clock)
    channel = fake_discord.guilds[0].alert_channel_id
    posted = len(fake_discord.messages(channel))
    await delete_pledge(fake_discord, 1)
    await quiet(running_bot, clock)
    shown = fake_discord.message(alert.id)
    assert shown.buttons() == []
    assert shown.content.startswith("🗑️ Pledge #1 was deleted by <@"), shown.content
    assert len(fake_discord.messages(channel)) == posted  # nothing new is posted


async def test_deleting_a_ruled_pledge_keeps_the_ruling_on_its_alert(
    fake_discord, running_bot, clock
):
    """Stop 45's review: deleting a pledge that had been ruled replaced its ruled alert
    ("❌ Pledge #1 was ruled broken by ...", with the card) with the bare deletion
    notice, so the channel lost its record of the ruling. The alert keeps the ruling,
    who made it and the card, and only adds who deleted the pledge; no buttons."""
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    await fake_discord.click(alert, f"pledge:rule:{guild.id}:1:broken", user=fake_discord.member)
    await quiet(running_bot, clock)
    ruled = fake_discord.message(alert.id)
    ruling = f"❌ Pledge #1 was ruled **broken** by <@{fake_discord.member.id}>"
    assert ruled.content.startswith(ruling), ruled.content
    channel = guild.alert_channel_id
    posted = len(fake_discord.messages(channel))
    await delete_pledge(fake_discord, 1)
    await quiet(running_bot, clock)
    shown = fake_discord.message(alert.id)
    assert shown.buttons() == []
    assert shown.content.startswith(ruling), shown.content
    assert "\n🗑️ Pledge #1 was deleted by <@" in shown.content, shown.content
    assert shown.embeds and "broken" in shown.embeds[0]["fields"][0]["value"]
    assert MERZ["promise"] in str(shown.embeds[0])
    assert len(fake_discord.messages(channel)) == posted  # nothing new is posted


@pytest.mark.parametrize("button", ["rule:{guild}:1:broken", "extend:{guild}:1"])
async def test_a_button_of_a_deleted_pledge_says_so_and_leaves_the_alert(
    fake_discord, running_bot, clock, button
):
    """The alert of a deleted pledge kept its buttons: every click answered "There is no
    pledge #1 in this server", and the next member clicked them again. (Its buttons are
    still there here because Discord refused the deletion's edits for a while.)"""
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await quiet(running_bot, clock)
    guild = fake_discord.guilds[0]
    fake_discord.fail("PATCH /channels/*/messages/*", 503, times=None)
    await delete_pledge(fake_discord, 1)
    await quiet(running_bot, clock)
    fake_discord.clear_failures()
    assert fake_discord.message(alert.id).buttons()  # still there: Discord was down
    clicked = await fake_discord.click(alert, "pledge:" + button.format(guild=guild.id))
    (answer,) = [m for m in [clicked.message, *clicked.followups] if m and m.flags & 64]
    assert answer.content == render.deleted_pledge_notice(1), answer.content
    assert fake_discord.message(alert.id).buttons() == []
    assert fake_discord.message(alert.id).content.startswith("⌛")  # the alert stays


async def test_an_extend_form_submitted_after_the_deletion_says_so(
    fake_discord, running_bot, clock
):
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    await quiet(running_bot, clock)
    guild = fake_discord.guilds[0]
    opened = await fake_discord.click(alert, f"pledge:extend:{guild.id}:1")
    await delete_pledge(fake_discord, 1)
    submitted = await fake_discord.submit_modal(opened, {"deadline": "in a fortnight"})
    (answer,) = [m for m in [submitted.message, *submitted.followups] if m and m.flags & 64]
    assert "#1 was deleted" in answer.content
    assert fake_discord.message(alert.id).buttons() == []


async def test_delete_confirmation_on_a_busy_database_is_answered_in_time(
    fake_discord, running_bot, bot_factory, monkeypatch
):
    """The Delete button wrote before answering: waiting out the busy timeout it passed
    Discord's 3 seconds, and the member read "This interaction failed"."""
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(guild, "pledge add", MERZ)
    ask = await fake_discord.invoke(guild, "pledge delete", {"number": 1})
    delete_id = ask.message.buttons()[0]["custom_id"]
    with held(bot_factory.db_path):
        refused = await fake_discord.click(ask.message, delete_id, timeout=10)
        (answer,) = await refused.wait_followups(1, timeout=10)
    assert refused.deferred
    assert answer.flags & 64 and "database is busy" in answer.text, answer.text
    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert "Putin" in shown.text  # not deleted
    monkeypatch.setattr("bot.chat.client.DEFER_AFTER", 0)  # slow, then done
    deleted = await fake_discord.click(ask.message, delete_id)
    assert deleted.type == 6 and deleted.followups == []
    assert "was deleted" in fake_discord.message(ask.message.id).content


async def test_settings_on_a_busy_database_are_answered_in_time(
    fake_discord, running_bot, bot_factory
):
    """Already so (the settings defer before writing): kept as a guard."""
    guild = fake_discord.guilds[0]
    with held(bot_factory.db_path):
        refused = await fake_discord.invoke(
            guild,
            "pledgewatch timezone",
            {"name": "Europe/Berlin"},
            user=fake_discord.moderator,
            timeout=10,
        )
    assert refused.deferred and refused.ephemeral, refused
    assert "database is busy" in refused.text, refused.text


async def test_a_dm_says_whether_the_member_follows_the_pledge_or_its_speaker(
    fake_discord, running_bot, clock
):
    """A member who follows a speaker was told "You follow this pledge", which they never
    followed: they could not tell why it came, nor what to unfollow."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", MERZ)
    await fake_discord.invoke(guild, "pledge follow", {"number": 1, "dm": True})
    await fake_discord.invoke(
        guild,
        "pledge follow",
        {"speaker": "friedrich merz", "dm": True},
        user=fake_discord.stranger,
    )
    clock.set(DUE - timedelta(days=1))
    await fake_discord.wait_for_message(guild.alert_channel_id, lambda m: m.content[0] == "⏰")
    await quiet(running_bot, clock)
    (by_pledge,) = fake_discord.direct_messages(fake_discord.member)
    (by_speaker,) = fake_discord.direct_messages(fake_discord.stranger)
    assert "You follow pledge #1 in " in by_pledge.content, by_pledge.content
    assert "this pledge" not in by_speaker.content
    assert "You follow every pledge of Friedrich Merz in " in by_speaker.content, by_speaker.content
    assert "/pledge unfollow speaker:" in by_speaker.content


async def test_alerts_of_a_vague_deadline_say_it_is_approximate(fake_discord, running_bot, clock):
    """The card said "approximately" but the heads-up read "is due in 24 hours" as if the
    day were exact; likewise the due alert and the follow-up."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", {**MERZ, "deadline": "over the coming days"})
    pledge = await running_bot.service.get(guild.id, 1)
    assert pledge.vague and pledge.due_at is not None
    clock.set(pledge.due_at - timedelta(days=1))
    heads_up = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⏰")
    )
    assert "is due around <t:" in heads_up.content, heads_up.content
    assert "approximate" in heads_up.content
    clock.set(pledge.due_at)
    due = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛")
    )
    assert due.content.startswith("⌛ Approximate deadline reached for pledge #1"), due.content
    clock.set(pledge.due_at + timedelta(days=1))
    follow_up = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("🔔")
    )
    assert "its approximate deadline passed" in follow_up.content, follow_up.content


async def test_extend_of_a_ruled_pledge_is_refused_alike_from_the_command_and_the_alert(
    fake_discord, running_bot
):
    """/pledge extend said "reopen it (status: open)" without naming the command, while
    the alert's Extend… button named /pledge mark: one refusal, saying how to fix it."""
    from bot.core.errors import InvalidInput
    from bot.core.model import Actor

    guild = fake_discord.guilds[0]
    await fake_discord.invoke(guild, "pledge add", MERZ)
    await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "broken"})
    refused = await fake_discord.invoke(
        guild, "pledge extend", {"number": 1, "deadline": "by the end of October"}
    )
    assert refused.ephemeral
    assert "/pledge mark number:1 status:open" in refused.content, refused.content
    with pytest.raises(InvalidInput) as from_alert:
        await running_bot.service.check_can_extend(
            guild.id, 1, Actor(fake_discord.member.id, manage_guild=False, role_ids=frozenset())
        )
    assert str(from_alert.value) == refused.content


@pytest.mark.parametrize(
    ("said_on", "expected"),
    [
        ("18 March 1925", "Did you mean 18 March 2025?"),  # a slip of the year
        ("1900-01-01", "more than 100 years ago"),
        ("1 March 1850", "before 1900"),
        ("0001-01-01", "before 1900"),
    ],
)
async def test_a_said_on_a_century_ago_is_refused_as_a_likely_typo(
    fake_discord, running_bot, said_on, expected
):
    """said_on "1925" for "2025" was recorded, with a deadline and alerts a century off."""
    guild = fake_discord.guilds[0]
    refused = await fake_discord.invoke(guild, "pledge add", {**MERZ, "said_on": said_on})
    assert refused.ephemeral and expected in refused.content, refused.content
    assert f"“{said_on}”" in refused.content and "last 100 years" in refused.content
    listing = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "No pledges match" in listing.text
    kept = await fake_discord.invoke(guild, "pledge add", {**MERZ, "said_on": "18 August 1930"})
    assert kept.content.startswith("Recorded pledge #1")


async def test_the_unfollow_command_in_a_dm_copies_exactly(fake_discord, running_bot, clock):
    """The DM suggested "/pledge unfollow speaker:<name>" with the name markdown-escaped:
    for a speaker with `_` or `*` the command shown or copied carried backslashes."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", {**MERZ, "speaker": "Merz_2025 *CDU*"})
    await fake_discord.invoke(guild, "pledge follow", {"speaker": "Merz_2025 *CDU*", "dm": True})
    clock.set(DUE - timedelta(days=1))
    await fake_discord.wait_for_message(guild.alert_channel_id, lambda m: m.content[0] == "⏰")
    await quiet(running_bot, clock)
    (dm,) = fake_discord.direct_messages(fake_discord.member)
    assert "`/pledge unfollow speaker:Merz_2025 *CDU*`" in dm.content, dm.content
    assert dm.allowed_mentions == {"parse": []}


async def test_a_status_update_of_a_pledge_deleted_before_it_went_out_is_not_posted(
    fake_discord, running_bot, clock
):
    """Stop 46's review: #1 was ruled while Discord refused posts, then deleted; once
    Discord was back the channel got "📣 Pledge #1: ... ruled it broken" with the deleted
    pledge's card (and #2 a "🔗 depends on #1" notice, though the deletion had ended
    that dependency), after the alert had already been turned into the deletion's
    notice. Nothing about a deleted pledge is posted after its deletion: its alert
    keeps the ruling (who, what) above the deletion line, as for any deleted ruling."""
    await set_channel(fake_discord)
    alert = await due_alert(fake_discord, running_bot, clock)
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(
        guild, "pledge add", {**MERZ, "promise": "a trilateral summit", "depends_on": 1}
    )
    await quiet(running_bot, clock)
    channel = guild.alert_channel_id
    posted = [m.id for m in fake_discord.messages(channel)]
    fake_discord.fail(f"POST /channels/{channel}/messages", 503, times=None)
    await fake_discord.invoke(guild, "pledge mark", {"number": 1, "status": "broken"})
    await quiet(running_bot, clock)
    await delete_pledge(fake_discord, 1)
    await quiet(running_bot, clock)
    fake_discord.clear_failures()
    for _ in range(3):  # past any backoff of the failed posts
        clock.advance(timedelta(minutes=15))
        await quiet(running_bot, clock)
    assert [m.id for m in fake_discord.messages(channel)] == posted, [
        m.content for m in fake_discord.messages(channel)
    ]
    shown = fake_discord.message(alert.id)
    assert shown.buttons() == []
    ruling = f"❌ Pledge #1 was ruled **broken** by <@{fake_discord.member.id}>"
    assert shown.content.startswith(ruling), shown.content
    assert "\n🗑️ Pledge #1 was deleted by <@" in shown.content, shown.content
