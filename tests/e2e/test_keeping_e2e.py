"""Scorecards, charts, export and import, and following, end to end: the real bot
against the fake Discord, files and mentions checked as they arrive on the wire."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import icalendar

from bot.core.exchange import CSV_COLUMNS
from tests.e2e.test_alerts_e2e import DUE, MERZ, alerts, quiet, set_channel

PNG = b"\x89PNG\r\n\x1a\n"


async def seed(fake, guild=None):
    result = await fake.invoke(guild or fake.guilds[0], "pledgewatch seed", user=fake.moderator)
    assert "Imported 7 pledge(s)" in result.text


async def test_scorecard_offers_its_chart(fake_discord, running_bot, clock):
    await seed(fake_discord)
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.moderator
    )
    table = await fake_discord.invoke(guild, "pledge record")
    assert table.embeds[0]["title"] == "Scorecard"
    assert "Friedrich Merz" in table.text and "Kept" in table.text
    (button,) = table.message.buttons()
    pressed = await fake_discord.click(table.message, button["custom_id"])
    chart = pressed.followups[0] if pressed.followups else pressed.message
    (png,) = fake_discord.files(chart).values()
    assert png.startswith(PNG) and len(png) < 1_000_000
    card = await fake_discord.invoke(guild, "pledge record", {"speaker": "Friedrich Merz"})
    assert card.embeds[0]["title"] == "Scorecard: Friedrich Merz"
    fields = {f["name"]: f["value"] for f in card.embeds[0]["fields"]}
    assert "**#1**" in fields["Latest rulings"] and "broken" in fields["Latest rulings"]
    assert fields["Kept"] == "0% of 1 ruled"
    missing = await fake_discord.invoke(guild, "pledge record", {"speaker": "Nobody"})
    assert missing.ephemeral and "No pledges by “Nobody”" in missing.content
    assert fake_discord.unknown_requests == []


async def test_chart_command_attaches_a_png(fake_discord, running_bot, clock):
    await seed(fake_discord)
    guild = fake_discord.guilds[0]
    for options in ({}, {"speaker": "Donald Trump", "kind": "timeline"}):
        result = await fake_discord.invoke(guild, "pledge chart", options)
        ((name, png),) = fake_discord.files(result.message).items()
        assert name.endswith(".png") and png.startswith(PNG)
        assert "📊" in result.content
    assert fake_discord.unknown_requests == []


async def test_export_files_and_import_into_another_server(fake_discord, running_bot, clock):
    await seed(fake_discord)
    one, two = fake_discord.guilds[0], fake_discord.guilds[1]
    files = {}
    for fmt in ("csv", "json", "ics"):
        result = await fake_discord.invoke(one, "pledge export", {"format": fmt})
        assert result.ephemeral
        ((name, data),) = fake_discord.files(result.message).items()
        assert name.endswith("." + fmt)
        files[fmt] = data
    assert files["csv"].decode("utf-8-sig").startswith("number,speaker,promise,status")
    assert len(json.loads(files["json"])["pledges"]) == 7
    events = icalendar.Calendar.from_ical(files["ics"]).walk("VEVENT")
    assert any(str(e["SUMMARY"]).startswith("≈") for e in events)  # Rutte's vague deadline
    refused = await fake_discord.invoke(
        two,
        "pledgewatch import",
        {"file": ("pledges.json", files["json"])},
        user=fake_discord.member,
        respect_default_permissions=False,  # a server override; the bot checks again
    )
    assert refused.ephemeral and "Manage Server" in refused.content
    broken = await fake_discord.invoke(
        two,
        "pledgewatch import",
        {"file": ("pledges.json", b"{oops")},
        user=fake_discord.moderator,
    )
    assert "not valid JSON" in broken.text
    done = await fake_discord.invoke(
        two,
        "pledgewatch import",
        {"file": ("pledges.json", files["json"])},
        user=fake_discord.moderator,
    )
    assert "Imported 7 pledge(s), #1 to #7" in done.text
    again = await fake_discord.invoke(two, "pledge export", {"format": "json"})
    ((_, copy),) = fake_discord.files(again.message).items()
    assert [p["promise"] for p in json.loads(copy)["pledges"]] == [
        p["promise"] for p in json.loads(files["json"])["pledges"]
    ]
    assert fake_discord.unknown_requests == []


async def test_a_followed_pledge_mentions_its_follower_and_nobody_else(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", MERZ)  # #1: followed
    await fake_discord.invoke(guild, "pledge add", {**MERZ, "promise": "other"})  # #2: not
    followed = await fake_discord.invoke(guild, "pledge follow", {"number": 1})
    assert followed.ephemeral and "You now follow pledge #1" in followed.content
    await fake_discord.invoke(guild, "pledge follow", {"number": 2}, user=fake_discord.stranger)
    await fake_discord.invoke(guild, "pledge unfollow", {"number": 2}, user=fake_discord.stranger)
    listing = await fake_discord.invoke(guild, "pledge following")
    assert "**#1**" in listing.text and "#2" not in listing.text
    clock.set(DUE)
    first = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: "pledge #1" in m.content and m.content.startswith("⌛")
    )
    second = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: "pledge #2" in m.content and m.content.startswith("⌛")
    )
    assert first.pinged_user_ids == [fake_discord.member.id]
    # On the wire: only this user may be pinged; no roles, no @everyone parsing.
    assert first.allowed_mentions == {"parse": [], "users": [fake_discord.member.id]}
    assert second.allowed_mentions == {"parse": []}
    assert f"<@{fake_discord.member.id}>" in first.content
    assert second.pinged_user_ids == [] and "Following" not in second.content
    assert fake_discord.unknown_requests == []


async def test_dm_followers_get_a_dm_and_closed_dms_fall_back_once(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", MERZ)
    await fake_discord.invoke(guild, "pledge follow", {"number": 1, "dm": True})
    fake_discord.closed_dms.add(fake_discord.stranger.id)
    await fake_discord.invoke(
        guild,
        "pledge follow",
        {"speaker": "Friedrich Merz", "dm": True},
        user=fake_discord.stranger,
    )
    clock.set(DUE - timedelta(days=1))
    heads_up = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⏰")
    )
    (dm,) = fake_discord.direct_messages(fake_discord.member)
    assert dm.content.startswith("⏰") and "/pledge unfollow" in dm.content
    assert heads_up.pinged_user_ids == [fake_discord.stranger.id]
    assert "DMs from this server are closed" in heads_up.content
    clock.set(DUE)
    due = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛")
    )
    assert due.pinged_user_ids == [fake_discord.stranger.id]
    assert "closed" not in due.content  # told once
    assert len(fake_discord.direct_messages(fake_discord.member)) == 2
    assert fake_discord.unknown_requests == []


async def test_a_follower_who_left_is_dropped(fake_discord, running_bot, clock):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", MERZ)
    await fake_discord.invoke(guild, "pledge follow", {"number": 1}, user=fake_discord.stranger)
    fake_discord.remove_member(guild, fake_discord.stranger)
    clock.set(DUE - timedelta(days=1))
    heads_up = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⏰")
    )
    assert heads_up.pinged_user_ids == [] and "Following" not in heads_up.content
    follows = await running_bot.store.follows(guild.id, fake_discord.stranger.id)
    assert follows == []


async def test_status_update_and_digest_mention_each_follower_once(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    clock.set(datetime(2025, 12, 1, 12, tzinfo=UTC))  # every bundled deadline long past
    await seed(fake_discord)
    await fake_discord.invoke(guild, "pledge follow", {"speaker": "Donald Trump"})
    await fake_discord.invoke(guild, "pledge follow", {"number": 1})
    await set_channel(fake_discord)
    await quiet(running_bot, clock)
    (digest,) = [m for m in alerts(fake_discord) if m.embeds and "digest" in m.embeds[0]["title"]]
    assert digest.content.count(f"<@{fake_discord.member.id}>") == 1
    assert digest.pinged_user_ids == [fake_discord.member.id]
    embed = digest.embeds[0]
    assert "**#1** Friedrich Merz: A meeting" in embed["description"]
    assert (
        "already past their deadlines or review dates when they were added"
        in embed["footer"]["text"]
    )
    assert "could not be posted" not in embed["footer"]["text"]
    await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.moderator
    )
    update = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("📣")
    )
    assert update.pinged_user_ids == [fake_discord.member.id]


async def test_a_filtered_export_says_its_filters_escaped(fake_discord, running_bot, clock):
    """The reply names the filters a member typed, as text: markdown and mentions in the
    speaker filter are shown, not rendered, and ping nobody."""
    await seed(fake_discord)
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledge export", {"format": "csv", "status": "open", "speaker": "**@everyone**"}
    )
    assert result.ephemeral
    assert "Filtered: status open, speaker “\\*\\*@everyone\\*\\*”." in result.content
    assert result.message.data["mention_everyone"] is False
    plain = await fake_discord.invoke(guild, "pledge export", {"format": "csv"})
    assert "Filtered" not in plain.content


def _as_a_spreadsheet_reads(cell: str) -> str:
    """What Excel, LibreOffice Calc and Google Sheets keep of a CSV cell: one that looks
    like a number becomes a number of 15 significant digits (quotes do not prevent it);
    anything else stays the text it is."""
    try:
        number = float(cell)
    except ValueError:
        return cell
    return format(number, ".15g")


async def test_a_csv_export_keeps_the_recorders_id_in_a_spreadsheet(
    fake_discord, running_bot, clock
):
    """Review s42: recorded_by holds Discord ids of 17 to 20 digits, which a spreadsheet
    turns into numbers of 15 (1.40697088819213E+18): the member who recorded a pledge
    could no longer be told. The export carries the id in a column a spreadsheet keeps
    as text too, and recorded_by stays the exact number for programs."""
    guild = fake_discord.guilds[0]
    member = fake_discord.member
    assert len(str(member.id)) >= 17
    await fake_discord.invoke(guild, "pledge add", MERZ, user=member)
    result = await fake_discord.invoke(guild, "pledge export", {"format": "csv"}, user=member)
    ((_, data),) = fake_discord.files(result.message).items()
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header[:20] == list(CSV_COLUMNS[:20])  # the columns programs read stay in place
    record = dict(zip(header, row, strict=True))
    assert record["recorded_by"] == str(member.id)
    opened = [_as_a_spreadsheet_reads(cell) for cell in row]
    assert _as_a_spreadsheet_reads(str(member.id)) != str(member.id)  # the harm, as said
    assert any(str(member.id) in cell for cell in opened), opened


async def test_a_pledge_with_more_followers_than_one_message_can_mention_still_alerts(
    fake_discord, running_bot, clock
):
    """Every follower's mention went into the alert's text: past about 85 followers the
    text passed Discord's 2000 characters (and past 100, allowed_mentions took more ids
    than Discord accepts), Discord refused the message and the alert was skipped, for
    everyone. Now as many are mentioned as one message holds, and the text says how
    many more follow the pledge."""
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    await fake_discord.invoke(guild, "pledge add", MERZ)
    followers = [fake_discord.add_user(f"follower{i}", guilds=[guild]) for i in range(120)]
    for user in followers:
        await fake_discord.invoke(guild, "pledge follow", {"number": 1}, user=user)
    clock.set(DUE)
    alert = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛"), timeout=20
    )
    await quiet(running_bot, clock)
    assert len(alert.content) <= 2000
    mentioned = alert.allowed_mentions["users"]
    assert 0 < len(mentioned) <= 100
    assert sorted(alert.pinged_user_ids) == sorted(mentioned)
    assert all(f"<@{user_id}>" in alert.content for user_id in mentioned)
    rest = 120 - len(mentioned)
    assert f"and {rest} more follower(s)" in alert.content, alert.content
    assert alert.buttons()  # the card and its buttons came with it


async def test_follow_without_a_target_says_what_is_missing(fake_discord, running_bot):
    """/pledge follow with neither option was told "… not both", which it had not given."""
    guild = fake_discord.guilds[0]
    neither = await fake_discord.invoke(guild, "pledge follow")
    assert neither.ephemeral and "not both" not in neither.content, neither.content
    assert "number:12" in neither.content and "speaker:NAME" in neither.content
    both = await fake_discord.invoke(guild, "pledge unfollow", {"number": 1, "speaker": "X"})
    assert both.ephemeral and "not both" in both.content


async def test_an_import_refuses_an_id_discord_cannot_have(fake_discord, running_bot, clock):
    """A negative `recorded_by` or `actor_id` was imported as if it were a member, and one
    past 64 bits reached the database and failed there, with no word of which entry."""
    await seed(fake_discord)
    one, two = fake_discord.guilds[0], fake_discord.guilds[1]
    result = await fake_discord.invoke(one, "pledge export", {"format": "json"})
    ((_, data),) = fake_discord.files(result.message).items()
    for field, value, entry in (
        ("recorded_by", -5, None),
        ("recorded_by", str(2**64), None),
        ("actor_id", 2**64 + 1, 0),
    ):
        document = json.loads(data)
        first = document["pledges"][0]
        if entry is None:
            first[field] = value
        else:
            first["history"][entry][field] = value
        refused = await fake_discord.invoke(
            two,
            "pledgewatch import",
            {"file": ("pledges.json", json.dumps(document).encode())},
            user=fake_discord.moderator,
        )
        assert refused.ephemeral, refused
        shown = refused.text.replace("\\", "")  # as Discord draws it, escapes hidden
        assert f"Pledge #1 (entry 1): `{field}` “{value}” is not a Discord id" in shown, shown
        assert "/pledge export" in refused.text, refused.text  # how to put it right
    listed = await fake_discord.invoke(two, "pledge list", {"status": "all"})
    assert "#1" not in listed.text  # nothing was imported
